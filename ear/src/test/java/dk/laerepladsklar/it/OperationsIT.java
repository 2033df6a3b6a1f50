package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.PrometheusText;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
 * What an operator watches, on the real server: health on the management interface (readiness with its three checks,
 * liveness), Prometheus metrics that move with launches, refusals, the outbox, token requests and key-set fetches,
 * and neither on the public port.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final String NETWORKING = "teaching-module:networking";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private String management;

    @BeforeEach
    void setUp() throws Exception {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        management = "http://127.0.0.1:" + Integer.getInteger("lpk.test.management-port", 10090);
        agsMode("normal");
    }

    @AfterEach
    void platformBackToNormal() throws Exception {
        agsMode("normal");
    }

    @Test
    void readinessNamesItsThreeChecksAndLivenessIsUp() throws Exception {
        HttpResponse<String> ready = get(management + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        Map<String, Object> readiness = json(ready.body());
        assertEquals("UP", readiness.get("status"), ready.body());
        Map<String, String> checks = statuses(readiness);
        assertEquals("UP", checks.get("database"), ready.body());
        assertEquals("UP", checks.get("schema-migrations"), ready.body());
        assertEquals("UP", checks.get("media-store"), ready.body());
        assertFalse(checks.containsKey("empty-readiness-checks"), "the deployment's checks are found: " + ready.body());

        HttpResponse<String> live = get(management + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        Map<String, Object> liveness = json(live.body());
        assertEquals("UP", liveness.get("status"));
        assertEquals("UP", statuses(liveness).get("threads"), live.body());
        assertFalse(statuses(liveness).containsKey("database"), "a database outage is no reason to restart: " + live.body());
    }

    @Test
    void neitherMetricsNorHealthAreServedOnThePublicPort() throws Exception {
        for (String path : List.of("/metrics", "/health", "/health/ready", "/health/live")) {
            HttpResponse<String> answer = get(tool.toolBase() + path);
            assertNotEquals(200, answer.statusCode(), path + ": " + answer.body());
            assertFalse(answer.body().contains("lpk_") || answer.body().contains("\"checks\""), path + ": " + answer.body());
        }
        HttpResponse<String> scrape = get(management + "/metrics");
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.body().contains("# TYPE lpk_outbox_pending gauge"), "Prometheus text with the tool's metrics");
    }

    @Test
    void launchesAndRefusalsAreCountedByReasonAndTimed() throws Exception {
        PrometheusText before = scrape();

        // A launch with a state this tool never issued, and a login from a platform nobody registered.
        HttpResponse<String> forged = client.post(tool.toolBase() + "/api/lti/launch",
                "state=forged-8601&id_token=not.a.token", new CookieJar());
        assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, forged.statusCode() + " " + forged.body());
        HttpResponse<String> stranger = client.post(tool.toolBase() + "/api/lti/login",
                "iss=https%3A%2F%2Fnobody.example&login_hint=x&target_link_uri=" + tool.toolBase() + "%2F&client_id=nobody-8601",
                new CookieJar());
        assertTrue(stranger.statusCode() >= 400, String.valueOf(stranger.statusCode()));
        // A good launch.
        LaunchResult good = client.launch(new CookieJar(), "course-8601", "student-8601-1", "da", true);
        assertTrue(good.landed(), good.body());

        PrometheusText after = scrape();
        Map<String, String> stateMismatch = Map.of("step", "launch", "reason", "STATE_MISMATCH");
        assertEquals(1.0, after.count("lpk_launch_rejections_total", stateMismatch)
                - before.count("lpk_launch_rejections_total", stateMismatch), after.text());
        Map<String, String> unregistered = Map.of("step", "login", "reason", "UNREGISTERED_PLATFORM");
        assertEquals(1.0, after.count("lpk_launch_rejections_total", unregistered)
                - before.count("lpk_launch_rejections_total", unregistered));
        Map<String, String> accepted = Map.of("outcome", "accepted");
        Map<String, String> rejected = Map.of("outcome", "rejected");
        assertEquals(1.0, after.count("lpk_launches_total", accepted) - before.count("lpk_launches_total", accepted));
        assertEquals(1.0, after.count("lpk_launches_total", rejected) - before.count("lpk_launches_total", rejected));
        assertEquals(1.0, after.count("lpk_launch_duration_seconds_count", accepted)
                - before.count("lpk_launch_duration_seconds_count", accepted));
        double seconds = after.count("lpk_launch_duration_seconds_sum", accepted)
                - before.count("lpk_launch_duration_seconds_sum", accepted);
        assertTrue(seconds > 0 && seconds < 30, "the good launch took " + seconds + " s");
        assertTrue(after.value("lpk_launch_duration_seconds_max", accepted) > 0);
        // The good launch's signature was checked with the demo LMS's keys, fetched at least once by this server.
        assertTrue(after.value("lpk_jwks_fetches_total") >= 1, after.text());
        assertEquals(0.0, after.value("lpk_jwks_fetch_failures_total"), "the demo LMS always answers its keys");
    }

    @Test
    void aHeldScoreShowsInOutboxDepthAndAgeAndTokenRequestsAreCounted() throws Exception {
        String course = "course-8602";
        String student = "student-8602-1";
        placeModule(course);
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        PrometheusText before = scrape();

        agsMode("down");
        completeModule(course, link, student);
        await(() -> pendingOf(course, student) >= 1, 30);

        // The figures are read from the database at most once a second: the scrape agrees with it within that.
        await(() -> scrape().value("lpk_outbox_pending") == pendingInDatabase().count(), 10);
        PrometheusText held = scrape();
        Pending db = pendingInDatabase();
        assertTrue(db.count() >= 1);
        assertEquals((double) db.count(), held.value("lpk_outbox_pending"), held.text());
        double age = held.value("lpk_outbox_oldest_pending_age_seconds");
        double expectedAge = Duration.between(db.oldest(), Instant.now()).toMillis() / 1000.0;
        assertTrue(age >= 0 && Math.abs(age - expectedAge) < 5, "age " + age + " s, the database says " + expectedAge + " s");

        agsMode("normal");
        await(() -> pendingOf(course, student) == 0, 120);
        await(() -> scrape().value("lpk_outbox_pending") == pendingInDatabase().count(), 10);
        PrometheusText sent = scrape();
        // The score reached the platform with a token this server asked for (now or for an earlier score: tokens are
        // reused while fresh), so the count is at least one and never went down; failures are counted beside it.
        double tokens = sent.value("lpk_access_token_requests_total");
        assertTrue(tokens >= 1 && tokens >= before.value("lpk_access_token_requests_total"), sent.text());
        assertTrue(sent.value("lpk_access_token_failures_total") >= before.value("lpk_access_token_failures_total"));
    }

    // ---- steps

    private PrometheusText scrape() throws Exception {
        HttpResponse<String> answer = get(management + "/metrics");
        assertEquals(200, answer.statusCode(), answer.body());
        return new PrometheusText(answer.body());
    }

    private static HttpResponse<String> get(String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(String body) throws java.text.ParseException {
        return JSONObjectUtils.parse(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(Map<String, Object> health) {
        return ((List<Object>) health.get("checks")).stream().map(c -> (Map<String, Object>) c)
                .collect(Collectors.toMap(c -> (String) c.get("name"), c -> (String) c.get("status")));
    }

    private void placeModule(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        HttpResponse<String> returned = new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(NETWORKING));
        assertEquals(303, returned.statusCode(), returned.body());
    }

    private void completeModule(String course, String link, String student) throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        assertTrue(launch.landed(), launch.body());
        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(browser, launch.landingUrl(), question -> "b");
        assertTrue(finished.contains("id=\"completed\""), finished);
    }

    private void agsMode(String mode) throws Exception {
        HttpResponse<String> answer = client.post(tool.lmsBase() + "/ags-mode", "mode=" + mode + "&users=", null);
        assertTrue(answer.statusCode() == 303 || answer.statusCode() == 200, answer.body());
    }

    private record Pending(long count, Instant oldest) {
    }

    private static Pending pendingInDatabase() throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             ResultSet rows = db.createStatement().executeQuery(
                     "select count(*), min(created_at) from score_delivery where status = 'PENDING'")) {
            rows.next();
            java.sql.Timestamp oldest = rows.getTimestamp(2);
            return new Pending(rows.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }

    private static long pendingOf(String course, String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             var query = db.prepareStatement("select count(*) from score_delivery d join placement p on p.id = d.placement_id "
                     + "where p.context_id = ? and d.student_subject = ? and d.status = 'PENDING'")) {
            query.setString(1, course);
            query.setString(2, student);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void await(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.call()) {
            assertTrue(System.currentTimeMillis() < deadline, "waited " + seconds + " s");
            Thread.sleep(250);
        }
    }
}
