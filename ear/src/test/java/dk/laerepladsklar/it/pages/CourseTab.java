package dk.laerepladsklar.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser tab with a course of the demo LMS and the tool in its iframe. Several tabs of one browser share the
 * tool's session (same profile, same top-level site), as two tabs of a school's Moodle do.
 *
 * <p>Like {@link ModulePlayerFrame}, every look at the tool is one script in the current document, and every
 * click that loads a page waits for a new document (the old one is marked before the click).
 */
public class CourseTab {

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;
    private final String handle;

    private CourseTab(WebDriver driver, String handle) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.handle = handle;
    }

    /** Opens the course page in the current tab. */
    public static CourseTab inThisTab(WebDriver driver, String courseUrl) {
        driver.get(courseUrl);
        return new CourseTab(driver, driver.getWindowHandle());
    }

    /** Opens the course page in a new tab of the same browser. */
    public static CourseTab inNewTab(WebDriver driver, String courseUrl) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(courseUrl);
        return new CourseTab(driver, driver.getWindowHandle());
    }

    /** Clicks one of the LMS's launch buttons ({@code launch-teacher}, {@code select-content}, …); waits for the tool. */
    public CourseTab launch(String buttonId, String toolElementId) {
        focus();
        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        frame();
        wait.until(d -> present(toolElementId));
        return this;
    }

    /** In "Vælg indhold": ticks these activities and sends the choice back to the LMS. */
    public void sendContent(String... activities) {
        focus();
        frame();
        for (String activity : activities) {
            js.executeScript("document.querySelector(\"[data-activity='\" + arguments[0] + \"']\").click();", activity);
        }
        // The click posts the choice and the tool's answer posts itself on to the LMS: two navigations, the second
        // of the LMS's page around this frame. Clicked from a timer, so the script returns before either starts and
        // the driver never waits on a frame that is being replaced; the caller waits for the LMS to have the links.
        js.executeScript("setTimeout(function () { document.getElementById('select:send').click(); }, 0);");
    }

    /** On the class page of a link without an activity: picks one; waits for the activity's teacher page. */
    public CourseTab chooseActivity(String activity, String landsOnId) {
        focus();
        frame();
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');"
                + "document.querySelector(\"#choose [data-activity='\" + arguments[0] + \"']\").click();", activity);
        wait.until(d -> (Boolean) js.executeScript("return document.documentElement.getAttribute('data-lpk-left') === null"
                + " && document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;", landsOnId));
        return this;
    }

    /** Clicks a link or button of the tool's page that loads a new page; waits for an element of that page. */
    public CourseTab click(String id, String landsOnId) {
        focus();
        frame();
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');"
                + "document.getElementById(arguments[0]).click();", id);
        wait.until(d -> (Boolean) js.executeScript("return document.documentElement.getAttribute('data-lpk-left') === null"
                + " && document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;", landsOnId));
        return this;
    }

    /** The text of an element of the tool's page, or null. */
    public String text(String id) {
        focus();
        frame();
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null;", id);
    }

    /** The tool page's address (it carries the launch context). */
    public String toolUrl() {
        focus();
        frame();
        return (String) js.executeScript("return location.href;");
    }

    private boolean present(String id) {
        return (Boolean) js.executeScript("return document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;", id);
    }

    private void focus() {
        if (!handle.equals(driver.getWindowHandle())) {
            driver.switchTo().window(handle);
        }
    }

    private void frame() {
        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }
}
