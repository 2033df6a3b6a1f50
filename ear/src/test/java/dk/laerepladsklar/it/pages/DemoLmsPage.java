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

    public DemoLmsPage withoutNames() {
        var box = driver.findElement(By.id("names"));
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }
}
