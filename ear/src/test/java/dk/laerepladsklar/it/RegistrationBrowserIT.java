package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.RegisteringPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dynamic registration as a school's admin sees it: the LMS opens the tool's registration URL in a dialog (an
 * iframe on the LMS's own site, as Moodle's "Add LTI Advantage" does), the tool's success page shows inside it,
 * and its close button closes the dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewSchoolsMoodleShowsTheSuccessPageInItsDialogAndClosesIt() {
        try (RegisteringPlatform moodle = RegisteringPlatform.start()) {
            browser.get(moodle.dialog(ToolUnderTest.at(url).toolBase() + "/api/lti/register"));

            assertSuccessPageInFrameThenClose("registration-frame", "closed");
            assertEquals(1, moodle.registrationsReceived());
        }
    }

    @Test
    void theDemoLmsRegistersTheToolInADialog() {
        ToolUnderTest tool = ToolUnderTest.at(url);
        browser.get(tool.lmsBase() + "/register-dialog?url=" + URLEncoder.encode(tool.toolBase() + "/api/lti/register",
                StandardCharsets.UTF_8));

        assertSuccessPageInFrameThenClose("registration-frame", "registration-closed");
    }

    private void assertSuccessPageInFrameThenClose(String frame, String closedNotice) {
        try {
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id(frame)));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
        } catch (org.openqa.selenium.TimeoutException e) {
            String inner = browser.getPageSource();
            browser.switchTo().defaultContent();
            throw new AssertionError("no success page in the frame; frame: " + inner + "\npage: " + browser.getPageSource(), e);
        }
        WebElement title = browser.findElement(By.id("title"));
        assertTrue(title.getText().matches("Lærepladsklar (er registreret|is registered)"), title.getText());
        WebElement close = browser.findElement(By.id("close"));
        assertTrue(close.isDisplayed());
        close.click();
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(closedNotice)));
    }
}
