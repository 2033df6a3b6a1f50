package dk.laerepladsklar.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo LMS's course page, with the tool in its iframe. */
public class DemoLmsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public DemoLmsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static DemoLmsPage open(WebDriver driver, String lmsUrl) {
        driver.get(lmsUrl);
        return new DemoLmsPage(driver);
    }

    /** Clicks "Åbn som elev" for one student and returns the tool as it shows in the iframe. */
    public ToolFrame launchAs(String personId) {
        driver.switchTo().defaultContent();
        driver.findElement(By.id(personId.startsWith("teacher") ? "launch-teacher" : "launch-" + personId)).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
        return new ToolFrame(driver);
    }

    /** Ticks "offer platform storage": the launch then carries {@code lti_storage_target}. */
    public DemoLmsPage withPlatformStorage() {
        var box = driver.findElement(By.id("storage"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** How many values tools have stored in this page's platform storage. */
    public long storageWrites() {
        driver.switchTo().defaultContent();
        Object writes = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.lpkStorageWrites || 0;");
        return ((Number) writes).longValue();
    }

    public DemoLmsPage withoutNames() {
        var box = driver.findElement(By.id("names"));
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }
}
