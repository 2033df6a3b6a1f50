package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.CourseTab;
import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.pages.StudentHomeFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "Mit forløb" in headless Chromium through the demo LMS: a teacher places two modules, a student finishes one and
 * opens the other, and their own page lists both with the right state, progress and next step, on a phone too; each
 * link opens its module in the same launch, and the player leads back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudentHomeBrowserIT {

    private static final String COURSE = "course-5604";
    private static final String STUDENT = "student-5604-1";
    private static final String NETWORKING = "teaching-module:networking";
    private static final String INTERVIEW = "teaching-module:job-interview";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ChromeDriver browser;
    private ToolUnderTest tool;

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.start(false);
        tool = ToolUnderTest.at(url);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentWhoFinishedOneModuleAndOpenedAnotherSeesBothOnMitForlob() throws Exception {
        String course = tool.lmsBase() + "?course=" + COURSE;
        // The teacher places two modules with "Vælg indhold" (over HTTP: the browser is the student's).
        CookieJar teacher = new CookieJar();
        LaunchResult picker = tool.client().selectContent(teacher, null, COURSE, "da");
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(tool.client(), tool.toolBase())
                .pick(teacher, picker.body(), List.of(NETWORKING, INTERVIEW)).statusCode());
        DemoGradebook gradebook = awaitLinks(2);
        String networking = gradebook.linkFor(NETWORKING);
        String interview = gradebook.linkFor(INTERVIEW);

        // The student finishes "Brug dit netværk", then opens the interview module and does nothing yet.
        CourseTab.inThisTab(browser, course).launch("launch-" + networking + "-" + STUDENT, "step-title");
        String score = new ModulePlayerFrame(browser).completeAnswering("b", "Jeg spørger min træner.");
        assertTrue(score.startsWith("Dine point:"), score);
        CourseTab tab = CourseTab.inThisTab(browser, course).launch("launch-" + interview + "-" + STUDENT, "step-title");
        assertEquals("Det første opkald", tab.text("step-title"));
        String launched = tab.toolUrl();

        // The player's "Mit forløb" leads to the student's page, in the same launch.
        browser.manage().window().setSize(new Dimension(390, 844));
        tab.click("nav-home", "activities");
        assertEquals(LaunchContextParam.of(launched), LaunchContextParam.of(tab.toolUrl()), "the same launch context");
        StudentHomeFrame home = new StudentHomeFrame(browser);
        assertEquals(2, home.activities().size(), home.activities().toString());

        StudentHomeFrame.Activity done = home.titled("Brug dit netværk");
        assertEquals("DONE", done.state());
        assertEquals("Færdig", done.stateText());
        assertEquals("8 af 8 trin", done.progress());
        assertEquals("8 af 8 trin", done.progressValueText());
        assertEquals("Du er færdig. Godt gået!", done.next());
        assertTrue(done.action().startsWith("Se igen"), done.action());

        StudentHomeFrame.Activity opened = home.titled("Jobsamtalen og det første opkald");
        assertEquals("OPENED", opened.state());
        assertEquals("Åbnet, ikke begyndt", opened.stateText());
        assertEquals("0 af 8 trin", opened.progress());
        assertEquals("Næste: Det første opkald", opened.next());
        assertTrue(opened.action().startsWith("Fortsæt"), opened.action());
        for (StudentHomeFrame.Activity activity : home.activities()) {
            assertEquals(LaunchContextParam.of(launched), LaunchContextParam.of(activity.href()), "each link keeps the launch");
        }
        assertFalse(home.overflowsSideways(), "the list fits a 390 px phone");
        screenshot("student-home-phone.png");

        // Each link opens its module; the finished one shows its summary, and leads back.
        tab.click("activity-open-" + indexOf(home, "Jobsamtalen og det første opkald"), "step-title");
        assertEquals("Det første opkald", tab.text("step-title"));
        tab.click("nav-home", "activities");
        tab.click("activity-open-" + indexOf(new StudentHomeFrame(browser), "Brug dit netværk"), "completed");
        assertTrue(tab.text("score").startsWith("Dine point:"), tab.text("score"));
        tab.click("back-home", "activities");
        assertEquals(2, new StudentHomeFrame(browser).activities().size());

        browser.manage().window().setSize(new Dimension(1280, 900));
        screenshot("student-home-desktop.png");
    }

    private static int indexOf(StudentHomeFrame home, String title) {
        var all = home.activities();
        for (int i = 0; i < all.size(); i++) {
            if (title.equals(all.get(i).title())) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + title + " in " + all);
    }

    private DemoGradebook awaitLinks(int count) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            DemoGradebook gradebook = DemoGradebook.of(tool.client(), tool, COURSE);
            if (gradebook.links().size() >= count) {
                return gradebook;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the LMS did not place the links: " + gradebook.json());
            Thread.sleep(250);
        }
    }

    /** The tool's frame as the student sees it, scrolled to the list, into {@code target/screenshots}. */
    private void screenshot(String name) throws Exception {
        browser.switchTo().defaultContent();
        browser.switchTo().frame("tool-frame");
        browser.executeScript("var list = document.getElementById('activities'); if (list) { list.scrollIntoView(); }");
        browser.switchTo().defaultContent();
        WebElement frame = browser.findElement(By.id("tool-frame"));
        browser.executeScript("arguments[0].scrollIntoView(true);", frame);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(frame.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
