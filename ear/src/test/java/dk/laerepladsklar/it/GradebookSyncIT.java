package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A teacher places modules with Deep Linking, students work through one, and their scores travel through
 * the outbox to the demo LMS's gradebook: also while the platform is down, or refuses a student.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradebookSyncIT {

    private static final String NETWORKING = "teaching-module:networking";
    private static final String INTERVIEW = "teaching-module:job-interview";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() throws Exception {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        agsMode("normal", "");
    }

    @AfterEach
    void platformBackToNormal() throws Exception {
        agsMode("normal", "");
    }

    @Test
    void placedModulesGetColumnsAndAStudentsScoreReachesTheGradebook() throws Exception {
        String course = "course-5101";
        placeModules(course, List.of(NETWORKING, INTERVIEW));
        DemoGradebook placed = DemoGradebook.of(client, tool, course);
        assertEquals(2, placed.lineItems().size(), placed.json().toString());
        String link = placed.linkFor(NETWORKING);
        assertEquals(100.0, ((Number) placed.lineItemOf(link).get("scoreMaximum")).doubleValue());

        int score = completeModule(course, link, "student-5101-1");

        DemoGradebook gradebook = awaitGradebook(course, g -> g.grade(link, "student-5101-1") != null
                && g.grade(link, "student-5101-1") == score);
        List<Map<String, Object>> received = gradebook.receivedFor(link, "student-5101-1");
        assertFalse(received.isEmpty());
        assertAcceptedInOrderOnce(received);
        assertEquals("Completed", received.get(received.size() - 1).get("activityProgress"));
        assertEquals(0, countDeliveries(course, "student-5101-1", "PENDING"));
    }

    @Test
    void whileThePlatformIsDownScoresWaitAndThenArriveExactlyOnceInOrder() throws Exception {
        String course = "course-5102";
        placeModules(course, List.of(NETWORKING));
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        agsMode("down", "");

        List<String> students = List.of("student-5102-1", "student-5102-2", "student-5102-3");
        List<Integer> scores = new ArrayList<>();
        for (String student : students) {
            scores.add(completeModule(course, link, student));
        }
        for (String student : students) {
            assertTrue(countDeliveries(course, student, "PENDING") >= 1, "scores wait in the outbox while the platform is down");
            assertTrue(DemoGradebook.of(client, tool, course).receivedFor(link, student).stream()
                    .noneMatch(r -> Integer.valueOf(200).equals(r.get("status"))));
        }

        agsMode("normal", "");
        await(() -> students.stream().allMatch(s -> countDeliveries(course, s, "PENDING") == 0), 120);

        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        for (int i = 0; i < students.size(); i++) {
            String student = students.get(i);
            List<Map<String, Object>> received = gradebook.receivedFor(link, student);
            assertAcceptedInOrderOnce(received);
            assertEquals(countDeliveries(course, student, "SENT"), received.size(),
                    "every score the tool sent arrived exactly once: " + received);
            assertEquals(scores.get(i).doubleValue(), gradebook.grade(link, student));
        }
    }

    @Test
    void aStudentThePlatformRefusesIsShownAsFailedAndNotRetriedForever() throws Exception {
        String course = "course-5103";
        placeModules(course, List.of(NETWORKING));
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        agsMode("reject", "student-5103-2");

        completeModule(course, link, "student-5103-2");
        await(() -> countDeliveries(course, "student-5103-2", "FAILED") >= 1
                && countDeliveries(course, "student-5103-2", "PENDING") == 0, 60);
        int failedCalls = DemoGradebook.of(client, tool, course).receivedFor(link, "student-5103-2").size();
        Thread.sleep(4_000);

        assertEquals(failedCalls, DemoGradebook.of(client, tool, course).receivedFor(link, "student-5103-2").size(),
                "a refused score is not sent again by itself");
        CookieJar teacher = new CookieJar();
        LaunchResult classPage = client.launch(teacher, course, "teacher-5103", "da", true);
        assertTrue(classPage.body().contains("kunne ikke sendes"), classPage.body());
        assertTrue(classPage.body().contains("Elev 5103-1"), "students who never opened the tool are listed: " + classPage.body());
        assertTrue(classPage.body().contains("(har ikke åbnet endnu)"), classPage.body());
        String csv = client.get(tool.toolBase() + dk.laerepladsklar.it.support.LaunchContextParam.with(
                "/api/classroom/overview.csv", classPage.landingUrl()), teacher).body();
        assertTrue(csv.startsWith("\uFEFFElev;Bruger-id;"), csv);
        assertTrue(csv.contains("Elev 5103-2;student-5103-2;100;"), csv);
    }

    @Test
    void aTeacherChoosesAnActivityForAPlainLinkAndTheToolCreatesItsColumn() throws Exception {
        String course = "course-5104";
        CookieJar teacher = new CookieJar();
        LaunchResult classPage = client.launch(teacher, course, "teacher-5104", "da", true);
        assertTrue(classPage.body().contains("Vælg en aktivitet til dette link"), classPage.body());
        HttpResponse<String> chosen = dk.laerepladsklar.it.support.JsfForms.submit(client, teacher, tool.toolBase(),
                classPage.body(), "choose", Map.of(), dk.laerepladsklar.it.support.JsfForms.buttonFor(classPage.body(), NETWORKING));
        assertTrue(chosen.uri().toString().matches(".*/modules/overview\\.xhtml\\?.*placement=.*"), chosen.uri().toString());

        CookieJar browser = new CookieJar();
        LaunchResult student = client.launch(browser, course, "student-5104-1", "da", true);
        assertTrue(student.landingUrl().contains("/modules/play.xhtml?placement="), "a student now opens the module");
        int score = Integer.parseInt(new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(browser, student.landingUrl(), q -> "b").replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1"));

        String link = "link-" + course;
        DemoGradebook gradebook = awaitGradebook(course, g -> g.lineItems().stream()
                .anyMatch(li -> link.equals(li.get("resourceLinkId"))) && g.grade(link, "student-5104-1") != null);
        assertEquals("teaching-module:networking", gradebook.lineItemOf(link).get("resourceId"),
                "the column was made through the line items service");
        assertEquals(score, gradebook.grade(link, "student-5104-1"));
    }

    @Test
    void aHalfDoneModuleShowsNoGradeUntilItIsFinished() throws Exception {
        String course = "course-5105";
        placeModules(course, List.of(NETWORKING));
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        String student = "student-5105-1";

        Halfway halfway = playHalfway(course, link, student);
        DemoGradebook inProgress = awaitGradebook(course, g -> !g.receivedFor(link, student).isEmpty());
        Map<String, Object> partial = last(inProgress.receivedFor(link, student));
        assertEquals("InProgress", partial.get("activityProgress"));
        assertEquals("Pending", partial.get("gradingProgress"), "not yet graded, so Moodle shows '-' and not 0");
        assertEquals(47.0, ((Number) partial.get("scoreGiven")).doubleValue(), "3 of 4 right and 5 of 8 steps done");
        assertEquals(null, inProgress.grade(link, student), "the gradebook shows no grade while the student works");

        int score = halfway.finish();
        DemoGradebook finished = awaitGradebook(course, g -> g.grade(link, student) != null);
        assertEquals(score, finished.grade(link, student));
        assertEquals("FullyGraded", last(finished.receivedFor(link, student)).get("gradingProgress"));
        assertAcceptedInOrderOnce(finished.receivedFor(link, student));
    }

    @Test
    void aTeacherWhoWantsToSeePointsAsTheyGrowGetsThePartialGrade() throws Exception {
        String course = "course-5106";
        placeModules(course, List.of(NETWORKING));
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);

        CookieJar teacher = new CookieJar();
        LaunchResult teacherLaunch = client.launchLink(teacher, course, link, "teacher-5106", "da", true);
        String classPage = client.get(tool.toolBase() + dk.laerepladsklar.it.support.LaunchContextParam.with(
                "/teacher/class.xhtml", teacherLaunch.landingUrl()), teacher).body();
        assertTrue(classPage.contains("Vis point, mens de vokser"), classPage);
        assertFalse(classPage.matches("(?s).*id=\"overview:growing-points-on\"[^>]*checked.*"), "off by default");
        HttpResponse<String> saved = dk.laerepladsklar.it.support.JsfForms.submit(client, teacher, tool.toolBase(), classPage,
                "overview", Map.of("overview:growing-points-on", "on"), "overview:growing-points-save");
        assertTrue(saved.body().contains("Karakterbogen viser nu point, mens eleverne arbejder."), saved.body());
        assertTrue(saved.body().matches("(?s).*id=\"overview:growing-points-on\"[^>]*checked.*"), saved.body());

        String student = "student-5106-1";
        playHalfway(course, link, student);
        DemoGradebook gradebook = awaitGradebook(course, g -> g.grade(link, student) != null);
        assertEquals(47.0, gradebook.grade(link, student), "the partial points are the grade");
        Map<String, Object> partial = last(gradebook.receivedFor(link, student));
        assertEquals("InProgress", partial.get("activityProgress"));
        assertEquals("FullyGraded", partial.get("gradingProgress"));

        // A student sees no such switch, even with the teacher's page in hand.
        CookieJar studentBrowser = new CookieJar();
        LaunchResult studentLaunch = client.launchLink(studentBrowser, course, link, "student-5106-2", "da", true);
        String asStudent = client.get(tool.toolBase() + dk.laerepladsklar.it.support.LaunchContextParam.with(
                "/teacher/class.xhtml", studentLaunch.landingUrl()), studentBrowser).body();
        assertFalse(asStudent.contains("growing-points"), asStudent);
    }

    @Test
    void aLinkWhoseLaunchGrantsNoScoreScopeKeepsNothingInTheOutbox() throws Exception {
        String course = "course-5107";
        placeModules(course, List.of(NETWORKING));
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        agsMode("normal", "", "services=no-scores");

        completeModule(course, link, "student-5107-1");
        Thread.sleep(1_500);

        assertEquals(0, countDeliveries(course, "student-5107-1", "PENDING") + countDeliveries(course, "student-5107-1", "SENT")
                + countDeliveries(course, "student-5107-1", "PARKED") + countDeliveries(course, "student-5107-1", "FAILED"),
                "no score is kept that could never be sent");
        assertEquals(List.of(), DemoGradebook.of(client, tool, course).receivedFor(link, "student-5107-1"));
    }

    @Test
    void aScoreWithNowhereToGoIsParkedAndTheTeacherIsToldWhatToDo() throws Exception {
        String course = "course-5108";
        agsMode("normal", "", "services=grade-sync-only"); // as Moodle's "grade sync only": no column can be made
        CookieJar teacher = new CookieJar();
        LaunchResult classPage = client.launch(teacher, course, "teacher-5108", "da", true);
        HttpResponse<String> chosen = dk.laerepladsklar.it.support.JsfForms.submit(client, teacher, tool.toolBase(),
                classPage.body(), "choose", Map.of(), dk.laerepladsklar.it.support.JsfForms.buttonFor(classPage.body(), NETWORKING));
        assertTrue(chosen.uri().toString().contains("placement="), chosen.uri().toString());

        CookieJar browser = new CookieJar();
        LaunchResult student = client.launch(browser, course, "student-5108-1", "da", true);
        new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase()).complete(browser, student.landingUrl(), q -> "b");

        await(() -> countDeliveries(course, "student-5108-1", "PARKED") == 1, 30);
        assertEquals(0, countDeliveries(course, "student-5108-1", "PENDING"));
        assertEquals("NO_GRADEBOOK_COLUMN", lastReason(course, "student-5108-1"));
        Thread.sleep(2_000);
        assertEquals(1, countDeliveries(course, "student-5108-1", "PARKED"), "parked stays parked: the worker never picks it");
        assertEquals(0, attempts(course, "student-5108-1"), "and never tried to send it");
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        assertEquals(List.of(), gradebook.lineItems(), "no column was made without the line item scope");
        assertEquals(List.of(), gradebook.received());

        LaunchResult again = client.launch(teacher, course, "teacher-5108", "da", true);
        String page = client.get(tool.toolBase() + dk.laerepladsklar.it.support.LaunchContextParam.with(
                "/teacher/class.xhtml", again.landingUrl()), teacher).body();
        assertTrue(page.contains("kunne ikke sendes"), page);
        assertTrue(page.contains("Linket har ingen kolonne i karakterbogen, og LMS&#39;et lader ikke Lærepladsklar oprette en.")
                || page.contains("Linket har ingen kolonne i karakterbogen, og LMS'et lader ikke Lærepladsklar oprette en."), page);
        assertTrue(page.contains("NO_GRADEBOOK_COLUMN"), "the code stays visible for IT support");
        CookieJar englishTeacher = new CookieJar();
        LaunchResult english = client.launch(englishTeacher, course, "teacher-5108", "en", true);
        String englishPage = client.get(tool.toolBase() + dk.laerepladsklar.it.support.LaunchContextParam.with(
                "/teacher/class.xhtml", english.landingUrl()), englishTeacher).body();
        assertTrue(englishPage.contains("The link has no gradebook column, and the LMS does not let Lærepladsklar create one."),
                englishPage);
    }

    // ---- steps

    private void placeModules(String course, List<String> activities) throws Exception {
        CookieJar teacher = new CookieJar();
        String number = course.substring("course-".length());
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        assertTrue(picker.landingUrl().contains("/teacher/select-content.xhtml?lc="), picker.landingUrl());
        assertTrue(picker.body().contains("Vælg indhold"), picker.body());
        HttpResponse<String> returned = new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), activities);
        assertEquals(303, returned.statusCode(), returned.body());
        assertTrue(returned.headers().firstValue("location").orElse("").contains("placed=" + activities.size()),
                returned.headers().toString() + " teacher-" + number);
    }

    /** A student part way through a module: 5 of 8 steps done, its quiz answered (3 of 4 right). */
    private record Halfway(CookieJar browser, String page, ModulePlayerClient player) {
        int finish() throws Exception {
            String finished = player.play(browser, page, question -> "b", 10);
            assertTrue(finished.contains("id=\"completed\""), finished);
            return Integer.parseInt(finished.replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1"));
        }
    }

    private Halfway playHalfway(String course, String link, String student) throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
        ModulePlayerClient player = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase());
        String page = player.play(browser, player.open(browser, launch.landingUrl()), question -> "b", 5);
        assertFalse(page.contains("id=\"completed\""));
        return new Halfway(browser, page, player);
    }

    private static Map<String, Object> last(List<Map<String, Object>> received) {
        assertFalse(received.isEmpty());
        return received.get(received.size() - 1);
    }

    /** Launches the placed link as the student and plays the whole module; returns the final score. */
    private int completeModule(String course, String link, String student) throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        assertTrue(launch.landed(), launch.body());
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(browser, launch.landingUrl(), question -> "b");
        String points = finished.replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1");
        return Integer.parseInt(points);
    }

    private static void assertAcceptedInOrderOnce(List<Map<String, Object>> received) {
        Instant previous = null;
        for (Map<String, Object> score : received) {
            assertEquals(200, ((Number) score.get("status")).intValue(), "accepted: " + received);
            Instant timestamp = Instant.parse((String) score.get("timestamp"));
            if (previous != null) {
                assertTrue(timestamp.getEpochSecond() > previous.getEpochSecond(), "strictly later by whole seconds: " + received);
            }
            previous = timestamp;
        }
    }

    private void agsMode(String mode, String users) throws Exception {
        agsMode(mode, users, "");
    }

    private void agsMode(String mode, String users, String more) throws Exception {
        HttpResponse<String> answer = client.post(tool.lmsBase() + "/ags-mode", "mode=" + mode + "&users=" + users
                + (more.isEmpty() ? "" : "&" + more), null);
        assertTrue(answer.statusCode() == 303 || answer.statusCode() == 200, answer.body());
    }

    private DemoGradebook awaitGradebook(String course, java.util.function.Predicate<DemoGradebook> done) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        while (!done.test(gradebook) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            gradebook = DemoGradebook.of(client, tool, course);
        }
        assertTrue(done.test(gradebook), gradebook.json().toString());
        return gradebook;
    }

    private static void await(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.call()) {
            assertTrue(System.currentTimeMillis() < deadline, "waited " + seconds + " s");
            Thread.sleep(250);
        }
    }

    private static long countDeliveries(String course, String student, String status) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.student_subject = ? and d.status = ?")) {
            query.setString(1, course);
            query.setString(2, student);
            query.setString(3, status);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastReason(String course, String student) {
        return single(course, student, "select d.last_reason from score_delivery d join placement p on p.id = d.placement_id "
                + "where p.context_id = ? and d.student_subject = ? order by d.seq desc limit 1");
    }

    private static int attempts(String course, String student) {
        return Integer.parseInt(single(course, student, "select d.attempts from score_delivery d join placement p "
                + "on p.id = d.placement_id where p.context_id = ? and d.student_subject = ? order by d.seq desc limit 1"));
    }

    private static String single(String course, String student, String sql) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, course);
            query.setString(2, student);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
