package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.pages.ToolFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DevServer;
import dk.laerepladsklar.it.support.ToolUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Command 1's path end to end: {@code bin/run} (H2, demo LMS), then a person in headless Chromium clicks
 * "Åbn som elev" in the demo LMS and sees the tool in the iframe, across two sites (127.0.0.1 and localhost).
 */
class DemoLmsBrowserIT {

    private static DevServer server;
    private ChromeDriver browser;

    @BeforeAll
    static void startTheToolAsCommandOneDoes() throws Exception {
        server = DevServer.start(Integer.getInteger("lpk.test.dev-port-offset", 200));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(false);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void launchAsStudentShowsTheStudentsNameInsideTheIframe() {
        ToolFrame tool = DemoLmsPage.open(browser, ToolUnderTest.onPort(server.port()).lmsBase()).launchAs("student-ali");

        assertEquals("Hej Ali Hassan!", tool.greeting());
        assertEquals("Mit forløb", tool.heading());
        assertTrue(tool.text("course").contains("Tømrer GF2 – hold A"));
    }

    @Test
    void theSessionSurvivesNavigationInsideTheIframe() {
        ToolFrame tool = DemoLmsPage.open(browser, ToolUnderTest.onPort(server.port()).lmsBase()).launchAs("student-sofie");

        tool.openHelp();
        assertTrue(tool.text("help-who").contains("Sofie Jensen"), tool.pageSource());
        tool.openHome();
        assertEquals("Hej Sofie Jensen!", tool.greeting());
    }

    @Test
    void launchAsTeacherShowsTheClassPage() {
        ToolFrame tool = DemoLmsPage.open(browser, ToolUnderTest.onPort(server.port()).lmsBase()).launchAs("teacher-hanne");

        assertEquals("Klassen", tool.heading());
        assertTrue(tool.text("greeting").contains("Hanne Holm"));
    }
}
