package dk.laerepladsklar.it.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teaching module in the tool's player, inside the LMS iframe.
 *
 * <p>The player replaces its whole form after each quiz answer (ajax) and loads a new page after every other
 * button. A {@code WebElement} found before such a change may be detached while it is read, and Chromium does
 * not always report that as a stale element. So this page object never reads through an element it found
 * earlier: each look at the page is one script run in the current document, and each action waits for a
 * definite end — the ajax queue empty, or a new document (the old one is marked before the click).
 */
public class ModulePlayerFrame {

    private static final String AJAX_IDLE = """
            return document.readyState === 'complete'
                && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                && (!window.jQuery || jQuery.active === 0);""";

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;

    public ModulePlayerFrame(WebDriver driver) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String stepTitle() {
        wait.until(d -> text("step-title") != null);
        return text("step-title");
    }

    /**
     * Works through every step as a student would: reads on, answers each question with the option given,
     * writes the reflection, ticks the task or uploads a PDF. Returns the score text of the finish page.
     */
    public String completeAnswering(String option, String reflection) throws IOException {
        Path cv = Files.createTempFile("mit-cv", ".pdf");
        Files.write(cv, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        for (int step = 0; step < 30; step++) {
            wait.until(d -> present("completed") || present("next"));
            if (present("completed")) {
                return text("score");
            }
            if (present("reflection-text") && !present("reflection-saved")) {
                driver.findElement(By.id("reflection-text")).sendKeys(reflection);
                submit("save-reflection");
                wait.until(d -> present("reflection-saved"));
            }
            if (present("task-done") && !present("task-confirmed")) {
                submit("task-done");
                wait.until(d -> present("task-confirmed"));
            }
            if (present("upload-file") && !present("uploaded-file")) {
                driver.findElement(By.id("upload-file")).sendKeys(cv.toString());
                submit("upload");
                wait.until(d -> present("uploaded-file"));
            }
            for (String question : questions()) {
                answer("option-" + question + "-" + option);
                wait.until(d -> {
                    String feedback = text("feedback-" + question);
                    return feedback != null && !feedback.isBlank();
                });
            }
            submit("next");
        }
        throw new AssertionError("the module did not end");
    }

    /** The ids of the questions on this step, in page order. */
    @SuppressWarnings("unchecked")
    private List<String> questions() {
        return (List<String>) js.executeScript("""
                var ids = [];
                document.querySelectorAll("[id^='option-']").forEach(function (b) {
                  var q = b.id.substring('option-'.length, b.id.lastIndexOf('-'));
                  if (ids.indexOf(q) < 0) { ids.push(q); }
                });
                return ids;""");
    }

    /** Clicks an ajax button and waits until its answer has replaced the form. */
    private void answer(String id) {
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
    }

    /** Clicks a button that posts the form and waits until the next page has loaded. */
    private void submit(String id) {
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');");
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        wait.until(d -> (Boolean) js.executeScript(
                "return !document.documentElement.hasAttribute('data-lpk-left') && document.readyState === 'complete';"));
    }

    /** The element's text now, or null when the page has no such element. */
    private String text(String id) {
        return (String) js.executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;", id);
    }

    private boolean present(String id) {
        return (Boolean) js.executeScript("return document.getElementById(arguments[0]) !== null;", id);
    }
}
