package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.ToolUnderTest;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once, last value wins, under pressure: the server runs two outbox workers (as two nodes would,
 * {@code -Dlpk.outbox.workers=2}), the demo LMS holds every score and every new column for a while, and in every
 * round a student finishes a module just as their score so far is being taken or is on its way. Forty rounds, in
 * waves of students working at the same time, against the demo LMS's real AGS endpoints and a real PostgreSQL.
 * <p>
 * Whatever the timing, every student's gradebook ends with their final score, the final score arrives once, no
 * score arrives twice, and each link has one column, made by the tool when the first score needed it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExactlyOnceIT {

    private static final String NETWORKING = "teaching-module:networking";
    private static final int COURSES = 4;
    private static final int STUDENTS_PER_COURSE = 10;
    private static final int WAVE = 8;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @AfterEach
    void platformBackToNormal() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        tool.client().post(tool.lmsBase() + "/ags-mode", "mode=normal", null);
    }

    @Test
    void twoWorkersAndStudentsFinishingMidSendLeaveEachGradebookWithTheFinalScoreOnce() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        DemoLaunchClient client = tool.client();
        // Slow scores and columns: a send is in flight for most of a second, and two workers making a column at once
        // would both be inside the platform's answer together.
        HttpResponse<String> slow = client.post(tool.lmsBase() + "/ags-mode", "mode=normal&delay=600", null);
        assertTrue(slow.statusCode() == 303 || slow.statusCode() == 200, slow.body());

        List<Round> rounds = new ArrayList<>();
        for (int c = 1; c <= COURSES; c++) {
            String course = "course-57" + c + "0";
            chooseModuleForPlainLink(client, tool, course); // no column yet: the workers make it
            for (int s = 1; s <= STUDENTS_PER_COURSE; s++) {
                rounds.add(new Round(course, "link-" + course, "student-57" + c + "0-" + s));
            }
        }
        long started = System.currentTimeMillis();
        ExecutorService students = Executors.newFixedThreadPool(WAVE);
        try {
            List<Future<Integer>> finals = new ArrayList<>();
            for (Round round : rounds) {
                finals.add(students.submit(() -> round.play(client, tool)));
            }
            for (int i = 0; i < rounds.size(); i++) {
                rounds.get(i).finalScore = finals.get(i).get(150, TimeUnit.SECONDS);
            }
        } finally {
            students.shutdownNow();
        }

        long deadline = System.currentTimeMillis() + 90_000;
        while (pending(rounds) > 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the outbox drained; still pending: " + pending(rounds));
            Thread.sleep(250);
        }

        int inFlight = 0;
        for (Round round : rounds) {
            DemoGradebook gradebook = DemoGradebook.of(client, tool, round.course);
            assertEquals(1, gradebook.lineItems().size(), "one column per link, never two: " + gradebook.lineItems());
            List<Map<String, Object>> received = gradebook.receivedFor(round.link, round.student);
            String story = round.student + " finished " + round.finishedAfter + " " + received;
            assertEquals((double) round.finalScore, gradebook.grade(round.link, round.student), "last value wins: " + story);
            long finalPosts = received.stream().filter(r -> "Completed".equals(r.get("activityProgress"))).count();
            assertEquals(1, finalPosts, "the final score was posted exactly once: " + story);
            Instant previous = null;
            for (Map<String, Object> score : received) {
                assertEquals(200, ((Number) score.get("status")).intValue(), "no score was posted twice: " + story);
                Instant timestamp = Instant.parse((String) score.get("timestamp"));
                assertTrue(previous == null || timestamp.getEpochSecond() > previous.getEpochSecond(), story);
                previous = timestamp;
            }
            assertEquals("Completed", received.get(received.size() - 1).get("activityProgress"), story);
            assertEquals("SENT", latestStatus(round), story);
            inFlight += "in flight".equals(round.finishedAfter) ? 1 : 0;
        }
        System.out.printf("ExactlyOnceIT: %d rounds, %d finished while their score was leased or in flight, %d s%n",
                rounds.size(), inFlight, (System.currentTimeMillis() - started) / 1000);
        assertTrue(inFlight >= rounds.size() / 4, "enough rounds hit a send in flight to mean something: " + inFlight);
    }

    /** A teacher opens a plain link and picks the module; it has no column until the tool makes one. */
    private static void chooseModuleForPlainLink(DemoLaunchClient client, ToolUnderTest tool, String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult classPage = client.launch(teacher, course, "teacher-" + course.substring("course-".length()), "da", true);
        HttpResponse<String> chosen = JsfForms.submit(client, teacher, tool.toolBase(), classPage.body(), "choose", Map.of(),
                JsfForms.buttonFor(classPage.body(), NETWORKING));
        assertTrue(chosen.uri().toString().contains("placement="), chosen.uri().toString());
    }

    /** One student: half the module, then the rest at the moment the score so far is taken by a worker. */
    private static final class Round {
        final String course;
        final String link;
        final String student;
        volatile int finalScore;
        volatile String finishedAfter = "";

        Round(String course, String link, String student) {
            this.course = course;
            this.link = link;
            this.student = student;
        }

        int play(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
            CookieJar browser = new CookieJar();
            LaunchResult launch = client.launch(browser, course, student, "da", true);
            assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
            ModulePlayerClient player = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase());
            String page = player.play(browser, player.open(browser, launch.landingUrl()), q -> "b", 5);
            // The score so far is due about ten seconds after the last step; finish as a worker takes it, give or
            // take a few hundred milliseconds, so some rounds race the claim itself and most the send in flight.
            long deadline = System.currentTimeMillis() + 30_000;
            long jitter = ThreadLocalRandom.current().nextLong(0, 400);
            while (System.currentTimeMillis() < deadline) {
                Row row = latest(this);
                if (row != null && row.leased()) {
                    finishedAfter = "in flight";
                    break;
                }
                if (row != null && row.dueInMillis() <= -jitter) {
                    finishedAfter = "due " + (-row.dueInMillis()) + " ms";
                    break;
                }
                if (row != null && "SENT".equals(row.status())) {
                    finishedAfter = "sent";
                    break;
                }
                Thread.sleep(20);
            }
            String finished = player.play(browser, page, q -> "b", 10);
            assertTrue(finished.contains("id=\"completed\""), finished);
            return Integer.parseInt(finished.replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1"));
        }
    }

    private record Row(String status, boolean leased, long dueInMillis) {
    }

    private static Row latest(Round round) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select d.status, d.leased_until > now(), "
                     + "extract(epoch from (d.next_attempt_at - now())) * 1000 from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.student_subject = ? order by d.seq desc limit 1")) {
            query.setString(1, round.course);
            query.setString(2, round.student);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? new Row(rs.getString(1), rs.getBoolean(2), (long) rs.getDouble(3)) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String latestStatus(Round round) {
        Row row = latest(round);
        return row == null ? null : row.status();
    }

    private static long pending(List<Round> rounds) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id like 'course-57%' and d.status = 'PENDING'")) {
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
