package dk.laerepladsklar.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tool inside the LMS's iframe (the driver is switched into the frame). */
public class ToolFrame {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ToolFrame(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String greeting() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting"))).getText();
    }

    public String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    public String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    public ToolFrame openHelp() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-help"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("help-who")));
        return this;
    }

    public ToolFrame openHome() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-home"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        return this;
    }

    /** Whether the browser keeps an ordinary (unpartitioned) cookie in this cross-site frame. */
    public boolean keepsUnpartitionedCookies() {
        Object kept = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.cookie = 'lpk_probe=1; SameSite=None; Secure; path=/';"
                        + "return document.cookie.indexOf('lpk_probe=1') >= 0;");
        return Boolean.TRUE.equals(kept);
    }

    public String pageSource() {
        return driver.getPageSource();
    }
}
