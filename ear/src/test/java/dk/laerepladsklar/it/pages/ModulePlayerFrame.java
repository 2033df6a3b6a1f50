package dk.laerepladsklar.it.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A teaching module in the tool's player, inside the LMS iframe. */
public class ModulePlayerFrame {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ModulePlayerFrame(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // An ajax answer replaces elements while the wait looks at them: look again.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public String stepTitle() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-title"))).getText();
    }

    /**
     * Works through every step as a student would: reads on, answers each question with the option given,
     * writes the reflection, ticks the task or uploads a PDF. Returns the score text of the finish page.
     */
    public String completeAnswering(String option, String reflection) throws IOException {
        Path cv = Files.createTempFile("mit-cv", ".pdf");
        Files.write(cv, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        for (int step = 0; step < 30; step++) {
            wait.until(d -> !d.findElements(By.id("completed")).isEmpty() || !d.findElements(By.id("next")).isEmpty());
            if (!driver.findElements(By.id("completed")).isEmpty()) {
                return driver.findElement(By.id("score")).getText();
            }
            if (present("reflection-text") && !present("reflection-saved")) {
                driver.findElement(By.id("reflection-text")).sendKeys(reflection);
                click("save-reflection");
                wait.until(d -> !d.findElements(By.id("reflection-saved")).isEmpty());
            }
            if (present("task-done") && !present("task-confirmed")) {
                click("task-done");
                wait.until(d -> !d.findElements(By.id("task-confirmed")).isEmpty());
            }
            if (present("upload-file") && !present("uploaded-file")) {
                driver.findElement(By.id("upload-file")).sendKeys(cv.toString());
                click("upload");
                wait.until(d -> !d.findElements(By.id("uploaded-file")).isEmpty());
            }
            Set<String> questions = new LinkedHashSet<>();
            for (WebElement button : driver.findElements(By.cssSelector("[id^='option-']"))) {
                String id = button.getAttribute("id");
                questions.add(id.substring("option-".length(), id.lastIndexOf('-')));
            }
            for (String question : questions) {
                click("option-" + question + "-" + option);
                wait.until(d -> !d.findElement(By.id("feedback-" + question)).getText().isBlank());
            }
            String before = stepTitle();
            click("next");
            wait.until(d -> !d.findElements(By.id("completed")).isEmpty()
                    || d.findElements(By.id("step-title")).stream().noneMatch(e -> safeText(e).equals(before)));
        }
        throw new AssertionError("the module did not end");
    }

    private static String safeText(WebElement element) {
        try {
            return element.getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private boolean present(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty();
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }
}
