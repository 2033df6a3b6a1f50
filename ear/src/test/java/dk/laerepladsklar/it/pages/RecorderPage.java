package dk.laerepladsklar.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The role-play's recorder page as a student uses it in a browser, once the answers are in. */
public class RecorderPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RecorderPage(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /**
     * Picks 2, 4 and 2 for opening, clear and closing, each saved ("Gemt.") before the next, and sends; the state
     * the first attempt then shows. The status line is emptied after each save, so the next "Gemt." is a new one.
     */
    public String selfAssessAndSend() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (String choice : List.of("opening=2", "clear=4", "closing=2")) {
            String[] parts = choice.split("=");
            driver.findElement(By.cssSelector("input[name='self-" + parts[0] + "'][value='" + parts[1] + "']")).click();
            wait.until(ExpectedConditions.textToBe(By.id("rp-status"), "Gemt."));
            js.executeScript("document.getElementById('rp-status').textContent = ''");
        }
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sent-note")));
        return driver.findElement(By.id("attempt-1")).getAttribute("data-state");
    }
}
