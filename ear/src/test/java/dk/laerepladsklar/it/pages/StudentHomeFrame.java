package dk.laerepladsklar.it.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Mit forløb" in the tool's frame of the demo LMS's page: the student's activities as the page lists them. Like
 * {@link CourseTab}, each look enters the frame first (whatever the driver looked at in between) and is one script
 * in the frame's current document.
 */
public class StudentHomeFrame {

    /** One activity card as the student sees it. */
    public record Activity(String title, String state, String stateText, String progress, String next, String action,
                           String href, String progressValueText) {
    }

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;

    public StudentHomeFrame(WebDriver driver) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        enter();
        wait.until(d -> (Boolean) js.executeScript(
                "return document.readyState === 'complete' && (document.getElementById('activities') !== null"
                        + " || document.getElementById('no-activities') !== null);"));
    }

    @SuppressWarnings("unchecked")
    public List<Activity> activities() {
        enter();
        List<Map<String, String>> cards = (List<Map<String, String>>) js.executeScript("""
                var out = [];
                document.querySelectorAll('#activities > li').forEach(function (li) {
                  var q = function (s) { var e = li.querySelector(s); return e ? e.innerText.trim() : null; };
                  var a = li.querySelector('a.lpk-activity-open');
                  var bar = li.querySelector('[role=progressbar]');
                  out.push({title: q('.lpk-activity-title'), state: li.getAttribute('data-state'),
                            stateText: q('.lpk-activity-state'), progress: q('.lpk-activity-progress'),
                            next: q('.lpk-activity-next'), action: a ? a.innerText.trim() : null,
                            href: a ? a.href : null, valueText: bar ? bar.getAttribute('aria-valuetext') : null});
                });
                return out;""");
        return cards.stream().map(c -> new Activity(c.get("title"), c.get("state"), c.get("stateText"), c.get("progress"),
                c.get("next"), c.get("action"), c.get("href"), c.get("valueText"))).toList();
    }

    public Activity titled(String title) {
        return activities().stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + title + " in " + activities()));
    }

    /** Whether the page is wider than the screen (it should never be, also on a phone). */
    public boolean overflowsSideways() {
        enter();
        return (Boolean) js.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    }

    private void enter() {
        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }
}
