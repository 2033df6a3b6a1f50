package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox no longer polls twice a second: its worker is woken when a score is committed and at the time a waiting
 * score becomes due, with a poll every 15 s only as a fallback. A final score reaches the gradebook within a second of
 * the student's last click; a score in progress goes when its settling time is over, not a fallback poll later.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxWakeIT {

    private static final String NETWORKING = "teaching-module:networking";
    /** ScoreDelivery.SETTLE_IN_PROGRESS: a score in progress waits this long for the next one. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

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
        HttpResponse<String> normal = client.post(tool.lmsBase() + "/ags-mode", "mode=normal&users=", null);
        assertTrue(normal.statusCode() == 303 || normal.statusCode() == 200, normal.body());
    }

    @Test
    void aFinalScoreIsInTheGradebookWithinASecondOfTheStudentsLastClick() throws Exception {
        String course = "course-8801";
        String student = "student-8801-1";
        String link = placeNetworking(course);
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());

        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(browser, launch.landingUrl(), question -> "b");
        Instant lastClick = Instant.now(); // the answer came back, so the score was committed before this
        assertTrue(finished.contains("id=\"completed\""), finished);
        int points = Integer.parseInt(finished.replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1"));

        Instant sent = awaitSent(course, student, Duration.ofSeconds(30));
        assertTrue(sent.isBefore(lastClick.plusSeconds(1)),
                "sent " + Duration.between(lastClick, sent).toMillis() + " ms after the last click");
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        assertEquals(points, gradebook.grade(link, student));
        List<java.util.Map<String, Object>> received = gradebook.receivedFor(link, student);
        assertEquals(1, received.size(), "one score for a module done in one go: " + received);
        assertEquals("Completed", received.get(0).get("activityProgress"));
    }

    @Test
    void aScoreInProgressGoesWhenItsSettlingTimeIsOverNotAFallbackPollLater() throws Exception {
        String course = "course-8802";
        String student = "student-8802-1";
        String link = placeNetworking(course);
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        ModulePlayerClient player = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase());
        String page = player.play(browser, player.open(browser, launch.landingUrl()), question -> "b", 5); // 5 of 8 steps, its quiz answered
        Instant lastStep = Instant.now();
        assertFalse(page.contains("id=\"completed\""));

        Instant sent = awaitSent(course, student, Duration.ofSeconds(40));
        Duration after = Duration.between(lastStep, sent);
        assertTrue(after.compareTo(SETTLE.minusSeconds(1)) > 0, "waited for more steps first: sent after " + after);
        assertTrue(after.compareTo(SETTLE.plusSeconds(2)) < 0, "sent when due, not at a fallback poll: after " + after);
        List<java.util.Map<String, Object>> received = DemoGradebook.of(client, tool, course).receivedFor(link, student);
        assertEquals(1, received.size(), received.toString());
        assertEquals("InProgress", received.get(0).get("activityProgress"));
    }

    private String placeNetworking(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landingUrl().contains("/teacher/select-content.xhtml?lc="), picker.landingUrl());
        HttpResponse<String> returned = new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(NETWORKING));
        assertEquals(303, returned.statusCode(), returned.body());
        return DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
    }

    /** When the student's newest score was sent (the server's clock, the same machine's), waiting for it. */
    private static Instant awaitSent(String course, String student, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Instant sent = sentAt(course, student);
            if (sent != null) {
                return sent;
            }
            assertTrue(System.nanoTime() < deadline, "no score sent within " + atMost);
            Thread.sleep(50); // polling the database for the condition, not a timed wait
        }
    }

    private static Instant sentAt(String course, String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select d.sent_at from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.student_subject = ? and d.status = 'SENT' "
                     + "order by d.seq desc limit 1")) {
            query.setString(1, course);
            query.setString(2, student);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Timestamp sent = rs.getTimestamp(1);
                assertNotNull(sent);
                return sent.toInstant();
            }
        }
    }
}
