package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.net.URL;
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
 * The whole journey in headless Chromium through the demo LMS: a teacher places two modules with "Vælg
 * indhold", a student works through one (reading, quiz, reflection, tasks), the LMS gradebook shows the
 * score, and the teacher's class page shows the student's progress and a student who never opened it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyBrowserIT {

    private static final String COURSE = "course-5201";
    private static final String STUDENT = "student-5201-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private ToolUnderTest tool;

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.start(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        tool = ToolUnderTest.at(url);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void teacherPlacesModulesStudentCompletesOneGradebookAndOverviewShowIt() throws Exception {
        String course = tool.lmsBase() + "?course=" + COURSE;

        // The teacher places two modules through Deep Linking.
        browser.get(course);
        click("select-content");
        frame();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-activity='teaching-module:networking']")));
        browser.findElement(By.cssSelector("[data-activity='teaching-module:networking']")).click();
        browser.findElement(By.cssSelector("[data-activity='teaching-module:job-interview']")).click();
        // The click posts the choice, the tool's answer posts itself on to the LMS, and the LMS's course page then
        // replaces the whole window: three navigations. Clicked from a timer, so the driver never waits on a frame
        // that is being replaced; a driver command sent while the window is still being replaced can hang for the
        // whole page-load timeout, so nothing is asked of the browser until the course page stands again.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "setTimeout(function () { document.getElementById('select:send').click(); }, 0);");
        long deadline = System.currentTimeMillis() + 30_000;
        while (DemoGradebook.of(tool.client(), tool, COURSE).links().size() < 2) {
            assertTrue(System.currentTimeMillis() < deadline, "the LMS did not place the links");
            Thread.sleep(250);
        }
        awaitCoursePageAfterPlacing();
        browser.get(course);

        // The student opens the first placed module straight from the course and works through it.
        String link = "link-" + COURSE + "-1";
        click("launch-" + link + "-" + STUDENT);
        frame();
        ModulePlayerFrame player = new ModulePlayerFrame(browser);
        assertTrue(!player.stepTitle().isBlank());
        String score = player.completeAnswering("b", "Jeg vil spørge min onkel, som er tømrer.");
        assertTrue(score.matches("Dine point: \\d+ af 100"), score);
        String points = score.replaceAll("\\D+(\\d+) af 100", "$1");

        // The LMS gradebook shows the score.
        browser.switchTo().defaultContent();
        String gradebook = tool.lmsBase() + "/courses/" + COURSE + "/gradebook";
        wait.until(d -> {
            d.get(gradebook);
            return d.findElements(By.id("grade-" + STUDENT + "-1")).stream()
                    .anyMatch(e -> points.equals(e.getAttribute("data-value")));
        });

        // The teacher's class page shows the student's progress and a student who never opened the tool.
        browser.get(course);
        click("launch-" + link + "-teacher-5201");
        frame();
        click("nav-class");
        WebElement students = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("overview:students")));
        WebElement done = students.findElement(By.cssSelector("[data-subject='" + STUDENT + "'].lpk-cell"));
        assertTrue(done.getText().startsWith("100 %"), done.getText());
        assertTrue(done.getText().contains(points + "/100"), done.getText());
        assertTrue(students.getText().contains("Elev 5201-2 (har ikke åbnet endnu)"), students.getText());
        assertEquals("Klassen", browser.findElement(By.id("title")).getText());
    }

    /** The LMS's course page, saying how many links were placed, has replaced the window and finished loading. */
    private void awaitCoursePageAfterPlacing() {
        browser.switchTo().defaultContent();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.top === window.self && document.readyState === 'complete' ? location.href : '';"))
                        .contains("placed="));
    }

    private void frame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }
}
