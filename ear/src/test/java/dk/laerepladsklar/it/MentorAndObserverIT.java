package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo LMS's mentor ({@code membership#Mentor} with {@code role_scope_mentor}: the course's first two students)
 * and observer ({@code institution/person#Observer}) open a placed module after two students worked through it:
 * the mentor sees exactly their mentee's work, read-only; the observer creates no progress and no score.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentorAndObserverIT {

    private static final String COURSE = "course-5301";
    private static final String MENTEE = "student-5301-1";
    private static final String OTHER_MENTEE = "student-5301-2"; // never opens the tool
    private static final String NOT_A_MENTEE = "student-5301-3";
    /** Launches without a name (the LMS shares none): the teacher sees a stable label and why. */
    private static final String NAMELESS = "student-5301-4";
    private static final String NETWORKING = "teaching-module:networking";
    private static final Pattern FILE = Pattern.compile("href=\"(/api/modules/files/[0-9a-f-]+)[?\"]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void theMentorSeesExactlyTheirMenteesReadOnlyAndTheObserverLeavesNoTrace() throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, COURSE, "da");
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(NETWORKING)).statusCode());
        String link = DemoGradebook.of(client, tool, COURSE).linkFor(NETWORKING);
        for (String student : List.of(MENTEE, NOT_A_MENTEE, NAMELESS)) {
            CookieJar browser = new CookieJar();
            LaunchResult launch = client.launchLink(browser, COURSE, link, student, "da", !NAMELESS.equals(student));
            new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase()).complete(browser, launch.landingUrl(), q -> "b");
        }
        LaunchResult teachers = client.launchLink(teacher, COURSE, link, "teacher-5301", "da", true);
        String othersFile = fileOf(teachers.body(), NOT_A_MENTEE);
        assertTrue(teachers.body().contains("Skolens LMS deler ikke elevernes navne"), teachers.body());
        assertTrue(Pattern.compile(">Elev [0-9A-Z]{5}</h2>").matcher(teachers.body()).find(), "a label for the nameless student");
        assertFalse(teachers.body().contains(">" + NAMELESS + "<"), "not the LMS's raw id");

        // The mentor: the module overview with their mentee's work only, nothing to act on.
        CookieJar mentor = new CookieJar();
        LaunchResult overview = client.launchLink(mentor, COURSE, link, "mentor-5301", "da", true);
        assertTrue(overview.landingUrl().contains("/modules/overview.xhtml?placement="), overview.landingUrl());
        assertTrue(overview.body().contains("Elev 5301-1"), overview.body());
        assertFalse(overview.body().contains("Elev 5301-3"), overview.body());
        assertTrue(overview.body().contains("id=\"mentor-note\""), overview.body());
        assertFalse(overview.body().contains("id=\"try-module\""), "a mentor does not try the module");
        HttpResponse<String> menteesFile = client.get(tool.toolBase() + LaunchContextParam.with(fileOf(overview.body(), MENTEE),
                overview.landingUrl()), mentor);
        assertEquals(200, menteesFile.statusCode());
        assertEquals(404, client.get(tool.toolBase() + LaunchContextParam.with(othersFile, overview.landingUrl()), mentor).statusCode(),
                "another student's file");

        // The class page: both mentees (one never opened the tool), no one else, no actions.
        String classPage = client.get(tool.toolBase() + LaunchContextParam.with("/teacher/class.xhtml", overview.landingUrl()),
                mentor).body();
        assertTrue(classPage.contains("data-subject=\"" + MENTEE + "\""), classPage);
        assertTrue(classPage.contains("data-subject=\"" + OTHER_MENTEE + "\""), classPage);
        assertFalse(classPage.contains(NOT_A_MENTEE), classPage);
        assertFalse(classPage.contains("refresh-roster") || classPage.contains("export-csv") || classPage.contains("lpk-retry"), classPage);

        // Neither the mentor nor the observer reaches the player.
        String play = teachers.landingUrl().replaceAll(".*(/modules/)overview(\\.xhtml\\?placement=[0-9a-f-]{36}).*", "$1play$2");
        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with(play, overview.landingUrl()), mentor).statusCode());
        CookieJar observer = new CookieJar();
        LaunchResult observed = client.launchLink(observer, COURSE, link, "observer-5301", "da", true);
        assertTrue(observed.landingUrl().contains("/other-role.xhtml?lc="), observed.landingUrl());
        assertTrue(observed.body().contains("Velkommen til Lærepladsklar"), observed.body());
        String tried = client.get(tool.toolBase() + LaunchContextParam.with(play, observed.landingUrl()), observer).body();
        assertTrue(tried.contains("Velkommen til Lærepladsklar") && !tried.contains("id=\"step-title\""), tried);

        // The students' scores reached the gradebook; nothing at all of the mentor's or the observer's did.
        DemoGradebook gradebook = awaitGrade(link, MENTEE);
        for (String visitor : List.of("mentor-5301", "observer-5301")) {
            assertNull(gradebook.grade(link, visitor), visitor);
            assertTrue(gradebook.receivedFor(link, visitor).isEmpty(), visitor);
            for (String table : List.of("module_progress", "activity_progress", "score_delivery")) {
                assertEquals(0, rows(table, visitor), visitor + " in " + table);
            }
        }
        assertEquals(1, rows("module_progress", MENTEE), "the student's own progress is there");
    }

    /** The handed-in file in the work section headed by the student's name. */
    private static String fileOf(String overviewPage, String student) {
        String label = "Elev " + student.substring("student-".length());
        int at = overviewPage.indexOf(">" + label + "</h2>");
        assertTrue(at >= 0, "no work of " + label + ": " + overviewPage);
        Matcher file = FILE.matcher(overviewPage);
        assertTrue(file.find(at), "no file of " + label + ": " + overviewPage);
        return file.group(1);
    }

    private DemoGradebook awaitGrade(String link, String student) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            DemoGradebook gradebook = DemoGradebook.of(client, tool, COURSE);
            if (gradebook.grade(link, student) != null) {
                return gradebook;
            }
            assertTrue(System.currentTimeMillis() < deadline, "no grade for " + student + ": " + gradebook.json());
            Thread.sleep(300);
        }
    }

    private static int rows(String table, String subject) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement count = db.prepareStatement("select count(*) from " + table + " where student_subject = ?")) {
            count.setString(1, subject);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
