package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.CourseTab;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two launches in one browser: a teacher has course A open in one tab and launches course B in another. The tabs
 * share the tool's session (partitioned cookies make them), and yet each tab acts on its own course: the Deep
 * Linking answer of tab A is signed for A's request and placed in A, and an activity chosen for a link in tab A is
 * placed in A — also after B was launched last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchContextBrowserIT {

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
    void deepLinkingInTwoTabsPlacesEachChoiceInItsOwnCourse() throws Exception {
        CourseTab a = CourseTab.inThisTab(browser, tool.lmsBase() + "?course=course-5401")
                .launch("select-content", "select:send");
        CourseTab b = CourseTab.inNewTab(browser, tool.lmsBase() + "?course=course-5402")
                .launch("select-content", "select:send");
        assertNotEquals(LaunchContextParam.of(a.toolUrl()), LaunchContextParam.of(b.toolUrl()));

        a.sendContent(NETWORKING); // B was launched last: A still answers A's request
        awaitLinks("course-5401", 1);
        b.sendContent(INTERVIEW);
        awaitLinks("course-5402", 1);

        DemoGradebook courseA = DemoGradebook.of(tool.client(), tool, "course-5401");
        DemoGradebook courseB = DemoGradebook.of(tool.client(), tool, "course-5402");
        assertEquals(1, courseA.links().size(), courseA.links().toString());
        assertEquals(1, courseB.links().size(), courseB.links().toString());
        assertEquals(NETWORKING, activityOf(courseA.links().get(0)), courseA.links().toString());
        assertEquals(INTERVIEW, activityOf(courseB.links().get(0)), courseB.links().toString());
        assertEquals(List.of("course-5401:" + NETWORKING, "course-5402:" + INTERVIEW),
                placements("course-5401", "course-5402"), "each placement in the course of its own tab");
    }

    @Test
    void choosingAnActivityForALinkActsOnTheTabsOwnCourse() throws Exception {
        CourseTab a = CourseTab.inThisTab(browser, tool.lmsBase() + "?course=course-5403")
                .launch("launch-teacher", "choose-section");
        CourseTab b = CourseTab.inNewTab(browser, tool.lmsBase() + "?course=course-5404")
                .launch("launch-teacher", "choose-section");
        assertTrue(a.text("course").contains("Hold 5403"), a.text("course"));
        assertTrue(b.text("course").contains("Hold 5404"), b.text("course"));

        a.chooseActivity(NETWORKING, "overview-title");
        assertEquals("Brug dit netværk", a.text("overview-title"));
        b.chooseActivity(INTERVIEW, "overview-title");
        assertNotEquals("Brug dit netværk", b.text("overview-title"));

        assertEquals(List.of("course-5403:" + NETWORKING + "@link-course-5403", "course-5404:" + INTERVIEW + "@link-course-5404"),
                boundPlacements("course-5403", "course-5404"));

        // Back on A's class page (its menu link carries A's launch), refreshing the roster fetches A's class.
        a.click("nav-class", "overview:refresh-roster").click("overview:refresh-roster", "overview:students");
        String students = a.text("overview:students");
        assertTrue(students.contains("Elev 5403-1") && !students.contains("Elev 5404-1"), students);
        assertTrue(a.text("course").contains("Hold 5403"), a.text("course"));
    }

    private static String activityOf(java.util.Map<String, Object> link) {
        Object custom = link.get("custom");
        return custom instanceof java.util.Map<?, ?> map ? String.valueOf(map.get("activity")) : String.valueOf(link);
    }

    private void awaitLinks(String course, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (DemoGradebook.of(tool.client(), tool, course).links().size() < count) {
            assertTrue(System.currentTimeMillis() < deadline, "the LMS did not place the link in " + course);
            Thread.sleep(250);
        }
    }

    private static List<String> placements(String... courses) throws Exception {
        return query("select context_id || ':' || activity_type || ':' || activity_key from placement "
                + "where context_id in (?, ?) order by context_id", courses);
    }

    private static List<String> boundPlacements(String... courses) throws Exception {
        return query("select context_id || ':' || activity_type || ':' || activity_key || '@' || resource_link_id "
                + "from placement where context_id in (?, ?) order by context_id", courses);
    }

    private static List<String> query(String sql, String... courses) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, courses[0]);
            statement.setString(2, courses[1]);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
