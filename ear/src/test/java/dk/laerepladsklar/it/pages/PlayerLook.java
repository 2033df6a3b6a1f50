package dk.laerepladsklar.it.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the module player looks and behaves in the browser: computed styles, fonts, messages, read-aloud, and
 * screenshots. Like {@link ModulePlayerFrame}, it never reads through an element found earlier: every look is one
 * script in the current document, and every click that loads a page waits for a new document (the old one is
 * marked before the click) or for the ajax queue to be empty.
 */
public class PlayerLook {

    private static final String AJAX_IDLE = """
            return document.readyState === 'complete'
                && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                && (!window.jQuery || jQuery.active === 0);""";

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;

    public PlayerLook(WebDriver driver) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Loads a page of the tool in this window (top level, the address carries the launch context). */
    public PlayerLook open(String address, String waitForId) {
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes'); location.href = arguments[0];", address);
        waitForNewPage(waitForId);
        return this;
    }

    /**
     * Makes the browser's viewport this size and the LMS's iframe fill it, so the tool has the whole viewport as
     * on a phone (the LMS around it is a test page, not what is tested). Works from inside the frame or outside.
     */
    public PlayerLook size(int width, int height) {
        driver.switchTo().defaultContent();
        driver.manage().window().setSize(new Dimension(width, height));
        List<?> inner = (List<?>) js.executeScript("return [window.innerWidth, window.innerHeight];");
        int dw = width - ((Number) inner.get(0)).intValue();
        int dh = height - ((Number) inner.get(1)).intValue();
        if (dw != 0 || dh != 0) {
            driver.manage().window().setSize(new Dimension(width + dw, height + dh));
        }
        js.executeScript("""
                var f = document.getElementById('tool-frame');
                f.style.cssText = 'position:fixed;top:0;left:0;width:100vw;height:100vh;border:0;border-radius:0;z-index:1000;margin:0';""");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
        wait.until(d -> ((Number) js.executeScript("return window.innerWidth;")).intValue() == width);
        return this;
    }

    /** Clicks a button that posts the form and waits for the next page and an element of it. */
    public PlayerLook submit(String id, String waitForId) {
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');");
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForNewPage(waitForId);
        return this;
    }

    /** Clicks an ajax button (a quiz option) and waits until its answer has replaced the form. */
    public PlayerLook answer(String id) {
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        wait.until(d -> (Boolean) js.executeScript(AJAX_IDLE));
        return this;
    }

    private void waitForNewPage(String id) {
        wait.until(d -> (Boolean) js.executeScript("return !document.documentElement.hasAttribute('data-lpk-left')"
                + " && document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;", id));
    }

    public Object script(String script, Object... args) {
        return js.executeScript(script, args);
    }

    /** Waits until the script returns true. */
    public void waitFor(String script, Object... args) {
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(script, args)));
    }

    /** A computed style property of the element with this id. */
    public String style(String id, String property) {
        return (String) js.executeScript("return getComputedStyle(document.getElementById(arguments[0])).getPropertyValue(arguments[1]);",
                id, property);
    }

    /** The element's text now, or null when the page has no such element. */
    public String text(String id) {
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;", id);
    }

    public String attribute(String id, String name) {
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                id, name);
    }

    /**
     * The faces of a font family the page has asked for and their status ("loaded", "error", …), after the
     * browser is done loading fonts. A family that is only named, never shipped, has no faces here.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fontFaces(String family) {
        return (List<Map<String, Object>>) js.executeAsyncScript("""
                var family = arguments[0], done = arguments[arguments.length - 1];
                document.fonts.load('1em "' + family + '"', 'Lærepladsklar').then(function () { return document.fonts.ready; })
                  .then(function () {
                    var faces = [];
                    document.fonts.forEach(function (f) {
                      if (f.family.replace(/["']/g, '') === family) { faces.push({weight: f.weight, status: f.status}); }
                    });
                    done(faces);
                  }, function (e) { done([{status: 'error: ' + e}]); });""", family);
    }

    /** The messages of the page's message area: kind, word, text, and the area's role. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> messages() {
        return (Map<String, Object>) js.executeScript("""
                var area = document.getElementById('messages');
                if (!area) { return null; }
                var items = Array.from(area.querySelectorAll('.lpk-message')).map(function (m) {
                  var word = m.querySelector('.lpk-message-kind'), text = m.querySelector('.lpk-message-text');
                  return {kind: m.dataset.kind, word: word && word.textContent.trim(), text: text && text.textContent.trim(),
                          icon: getComputedStyle(m.querySelector('.lpk-message-icon')).backgroundImage,
                          background: getComputedStyle(m).backgroundColor};
                });
                var nested = area.querySelectorAll('[role=status], [role=alert], [aria-live]').length;
                var outer = area.parentElement.closest('[role=status], [role=alert], [aria-live]');
                return {role: area.getAttribute('role'), items: items, nestedRegions: nested + (outer ? 1 : 0), html: area.outerHTML};""");
    }

    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** A full-page screenshot: the viewport is made as tall as the page for the shot, then set back. */
    public void fullScreenshot(String name) throws IOException {
        int width = ((Number) js.executeScript("return window.innerWidth;")).intValue();
        int height = ((Number) js.executeScript("return window.innerHeight;")).intValue();
        int page = ((Number) js.executeScript("return Math.ceil(document.documentElement.scrollHeight);")).intValue();
        size(width, Math.max(height, page));
        try {
            screenshot(name);
        } finally {
            size(width, height);
        }
    }
}
