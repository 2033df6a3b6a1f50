package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.pages.ToolFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The tool in the LMS's iframe in a browser that blocks third-party cookies, as Safari does and other
 * browsers increasingly do: launches and page navigations must still work, with and without platform storage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CookielessBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowserThatBlocksThirdPartyCookies() throws Exception {
        browser = Chromium.start(true);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void withPlatformStorageTheLaunchAndNavigationWork() {
        DemoLmsPage lms = DemoLmsPage.open(browser, ToolUnderTest.at(url).lmsBase()).withPlatformStorage();
        ToolFrame tool = lms.launchAs("student-ali");

        assertEquals("Hej Ali Hassan!", tool.greeting());
        assertFalse(tool.keepsUnpartitionedCookies(), "the browser must really block third-party cookies");
        tool.openHelp();
        assertTrue(tool.text("help-who").contains("Ali Hassan"));
        tool.openHome();
        assertEquals("Hej Ali Hassan!", tool.greeting());
        assertTrue(lms.storageWrites() >= 1, "the login kept its browser secret in the platform's storage");
    }

    @Test
    void withoutPlatformStorageTheLaunchAndNavigationWork() {
        ToolFrame tool = DemoLmsPage.open(browser, ToolUnderTest.at(url).lmsBase()).launchAs("student-emma");

        assertEquals("Hej Emma Larsen!", tool.greeting());
        assertFalse(tool.keepsUnpartitionedCookies(), "the browser must really block third-party cookies");
        tool.openHelp();
        assertTrue(tool.text("help-who").contains("Emma Larsen"));
    }
}
