package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dk.laerepladsklar.it.support.Cluster;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A region as {@code bin/cluster} starts it: WildFly's balancer (mod_cluster) in front of two nodes that share
 * PostgreSQL and replicate sessions over JGroups on TCP. Everything goes through the balancer, as a school's browsers
 * would: launches are spread over both nodes; then one node is killed with {@code kill -9} in the middle of a student's
 * module, a teacher's Deep Linking and the sending of scores, and nothing is lost: the student carries on in the same
 * page session with the same progress, the teacher's choice comes back signed, and every score reaches the platform
 * exactly once, sent by the node that lived.
 * <p>
 * Runs in a failsafe execution of its own (its own processes: ports at offset 2000, 2100, 2200; PostgreSQL 17432),
 * with its own platform registered as data; the demo LMS is not used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int OFFSET = Integer.getInteger("lpk.test.cluster-offset", 2000);
    private static final String MODULE = "teaching-module:networking";
    private static final Pattern ROUTE = Pattern.compile("LPKSESSION=[^;]*\\.(node\\d)");
    private static final Pattern STEP_TITLE = Pattern.compile("id=\"step-title\"[^>]*>([^<]*)<");

    private static Cluster cluster;
    private static TestPlatform moodle;
    private static LtiBrowser browser;

    @BeforeAll
    static void startTheRegion() throws Exception {
        cluster = Cluster.start(OFFSET, "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("lpk.test.pg-port") + "/postgres",
                Duration.ofMinutes(7));
        moodle = TestPlatform.start("cluster").registerIn(EmbeddedPostgresSession.dataSource());
        browser = LtiBrowser.at(cluster.balancer());
    }

    @AfterAll
    static void stopTheRegion() {
        if (moodle != null) {
            moodle.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void twoHundredLaunchesThroughTheBalancerAreSpreadOverBothNodes() throws Exception {
        Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService students = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String student = "spread-8700-" + i;
                done.add(students.submit(() -> {
                    Landed landed = launch(moodle.learner("course-8700").with("sub", student), student);
                    if (!landed.result().landed() || landed.node() == null) {
                        failures.add(student + ": " + landed.result().status() + " " + snippet(landed.result().body()));
                    } else {
                        byNode.computeIfAbsent(landed.node(), n -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> launch : done) {
                launch.get(5, TimeUnit.MINUTES);
            }
        } finally {
            students.shutdownNow();
        }
        System.out.printf("ClusterIT: 200 launches through the balancer in %d ms: %s%n",
                (System.nanoTime() - started) / 1_000_000, new TreeMap<>(byNode));
        assertTrue(failures.isEmpty(), "every launch landed: " + failures.size() + " did not, e.g. "
                + failures.subList(0, Math.min(3, failures.size())));
        assertEquals(2, byNode.size(), "both nodes served launches: " + byNode);
        for (Map.Entry<String, AtomicInteger> node : byNode.entrySet()) {
            assertTrue(node.getValue().get() >= 20, "each node served a fair share (at least 10%): " + byNode);
        }
    }

    @Test
    @Order(2)
    void aNodeKilledMidJourneyLosesNoSessionNoProgressNoDeepLinkAndNoScore() throws Exception {
        String course = "course-8701";
        String link = "link-8701";
        String lineItem = moodle.lineItemUrl("8701");
        UUID placement = placeTheModule(course, link, lineItem);
        moodle.holdScores();

        // The student starts the module on whichever node the balancer picks: that node will die.
        Landed journey = launch(student(course, link, "journey-8701"), "journey-8701");
        assertTrue(journey.result().landed(), journey.result().body());
        assertTrue(journey.result().landingUrl().contains("/modules/play.xhtml?placement=" + placement),
                journey.result().landingUrl());
        String doomed = journey.node();
        assertTrue(doomed != null && doomed.matches("node[12]"), "the session's route names its node: " + journey.jar().header());
        String survivor = "node1".equals(doomed) ? "node2" : "node1";
        ModulePlayerClient player = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), cluster.balancerBase());
        String page = player.play(journey.jar(), player.open(journey.jar(), journey.result().landingUrl()), q -> "b", 3);
        assertFalse(page.contains("id=\"completed\""), "part way through");
        String stepBeforeTheKill = stepTitle(page);
        double doneBeforeTheKill = fractionDone(placement, "journey-8701");
        assertTrue(doneBeforeTheKill > 0, "progress is stored: " + doneBeforeTheKill);

        // A teacher opens the Deep Linking picker on the same node.
        Landed picker = launchOn(doomed, "teacher-8701", () -> deepLinking(course, "teacher-8701"));
        assertTrue(picker.result().landingUrl().contains("/teacher/select-content.xhtml?lc="), picker.result().landingUrl());
        assertTrue(picker.result().body().contains("id=\"select\""), snippet(picker.result().body()));

        // Students finish the module on the same node: their scores are recorded there and its sends are held.
        List<String> finishers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String student = "finisher-8701-" + i;
            Landed finisher = launchOn(doomed, student, () -> student(course, link, student));
            String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), cluster.balancerBase())
                    .complete(finisher.jar(), finisher.result().landingUrl(), q -> "b");
            assertTrue(finished.contains("id=\"completed\""), snippet(finished));
            finishers.add(student);
        }
        awaitCondition(Duration.ofSeconds(60), () -> moodle.scoresHeld() > 0,
                () -> "a score send reached the platform before the kill; pending: " + pendingDeliveries(course));

        cluster.kill(doomed);
        moodle.takeScores();

        // The student carries on where they were, in the same page session, on the other node.
        String resumed = player.play(journey.jar(), page, q -> "b", 1);
        assertNotEquals(stepBeforeTheKill, stepTitle(resumed), "the next step after " + stepBeforeTheKill);
        String finished = player.play(journey.jar(), resumed, q -> "b", 40);
        assertTrue(finished.contains("id=\"completed\""), snippet(finished));
        assertTrue(finished.contains("Dine point:"), snippet(finished));
        assertEquals(survivor, route(journey.jar()), "the session now lives on " + survivor + ": " + journey.jar().header());
        assertEquals(1.0, fractionDone(placement, "journey-8701"), 1e-9, "the whole module is done, none of it twice");
        finishers.add("journey-8701");

        // The teacher's choice, made after the kill, comes back signed for the request made before it.
        ContentPicker contentPicker = new ContentPicker(new DemoLaunchClient(DemoLaunchClient.newHttpClient(),
                cluster.balancerBase()), cluster.balancerBase());
        HtmlForm answer = contentPicker.choose(picker.jar(), picker.result().body(), List.of(MODULE));
        assertEquals(returnUrl(course), answer.action());
        SignedJWT response = SignedJWT.parse(answer.fields().get("JWT"));
        assertTrue(response.verify(new RSASSAVerifier(toolKey(response.getHeader().getKeyID()))), "signed by the tool");
        assertEquals("LtiDeepLinkingResponse",
                response.getJWTClaimsSet().getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals("dl-8701", response.getJWTClaimsSet().getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        List<?> items = (List<?>) response.getJWTClaimsSet().getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size(), String.valueOf(items));

        // Every final score arrives once: the dead node's leases run out (60 s) and the living node sends them.
        awaitCondition(Duration.ofSeconds(180), () -> pendingDeliveries(course) == 0 && finishers.stream()
                        .allMatch(s -> moodle.scoresFor(lineItem, s).stream().anyMatch(ClusterIT::completed)),
                () -> "every finished student's score was delivered; still pending: " + pendingDeliveries(course)
                        + ", received: " + received(lineItem, finishers));
        for (String student : finishers) {
            List<Map<String, Object>> scores = moodle.scoresFor(lineItem, student);
            assertEquals(1, scores.stream().filter(ClusterIT::completed).count(), "the final score once: " + student + " " + scores);
            Instant previous = null;
            for (Map<String, Object> score : scores) {
                Instant timestamp = Instant.parse((String) score.get("timestamp"));
                assertTrue(previous == null || timestamp.isAfter(previous), "no score twice: " + student + " " + scores);
                previous = timestamp;
            }
        }
        System.out.printf("ClusterIT: %s killed; %d score send(s) were held at the kill; delivered afterwards: %s%n",
                doomed, moodle.scoresHeld(), received(lineItem, finishers));
    }

    // ---- launches through the balancer

    private record Landed(LaunchResult result, CookieJar jar, String node) {
    }

    private interface Claims {
        Launches get();
    }

    private static Landed launch(Launches claims, String loginHint) throws Exception {
        LtiBrowser.Login login = browser.login(moodle, loginHint);
        LaunchResult result = browser.launch(login, claims.forLogin(login).signedBy(moodle.key()));
        return new Landed(result, login.cookies(), route(login.cookies()));
    }

    /** Launches (each time a new browser) until the balancer puts the session on this node. */
    private static Landed launchOn(String node, String loginHint, Claims claims) throws Exception {
        List<String> elsewhere = new ArrayList<>();
        for (int attempt = 0; attempt < 30; attempt++) {
            Landed landed = launch(claims.get(), loginHint);
            assertTrue(landed.result().landed(), landed.result().status() + " " + snippet(landed.result().body()));
            if (node.equals(landed.node())) {
                return landed;
            }
            elsewhere.add(landed.node());
        }
        throw new AssertionError("30 launches did not land on " + node + ": " + elsewhere);
    }

    private static String route(CookieJar jar) {
        Matcher matcher = ROUTE.matcher(String.valueOf(jar.header()));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A student's launch of the module's link, with the platform's gradebook service for the link's column. */
    private static Launches student(String course, String link, String subject) {
        return moodle.learner(course).with("sub", subject)
                .with(Launches.RESOURCE_LINK, Map.of("id", link, "title", "Brug dit netværk", "description", ""))
                .with("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                        "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitems", moodle.issuer() + "/lineitems/" + course,
                        "lineitem", moodle.lineItemUrl(course.substring("course-".length()))));
    }

    private static Launches deepLinking(String course, String subject) {
        return moodle.instructor(course).with("sub", subject)
                .with(Launches.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .without(Launches.RESOURCE_LINK)
                .with("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", returnUrl(course), "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe"), "accept_multiple", true,
                        "data", "dl-8701"));
    }

    private static String returnUrl(String course) {
        return moodle.issuer() + "/mod/lti/contentitem_return.php?course=" + course;
    }

    private static RSAKey toolKey(String kid) throws Exception {
        HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(cluster.balancerBase() + "/api/lti/jwks")).build(), HttpResponse.BodyHandlers.ofString());
        return JWKSet.parse(jwks.body()).getKeyByKeyId(kid).toRSAKey();
    }

    private static String stepTitle(String page) {
        Matcher matcher = STEP_TITLE.matcher(page);
        assertTrue(matcher.find(), () -> "a step title in " + snippet(page));
        return matcher.group(1).strip();
    }

    private static boolean completed(Map<String, Object> score) {
        return "Completed".equals(score.get("activityProgress"));
    }

    private static String snippet(String body) {
        return body == null ? "" : body.substring(0, Math.min(body.length(), 600));
    }

    private static Map<String, Integer> received(String lineItem, List<String> students) {
        Map<String, Integer> received = new TreeMap<>();
        students.forEach(s -> received.put(s, moodle.scoresFor(lineItem, s).size()));
        return received;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(Duration timeout, Condition condition, java.util.function.Supplier<String> failure)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + failure.get());
            }
            Thread.sleep(250);
        }
    }

    // ---- the database

    /** Places the module on a link of the test's platform, with a gradebook column of that platform. */
    private static UUID placeTheModule(String course, String link, String lineItem) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection()) {
            UUID platform;
            try (PreparedStatement query = db.prepareStatement("select id from lti_platform where client_id = ?")) {
                query.setString(1, moodle.clientId());
                try (ResultSet rs = query.executeQuery()) {
                    assertTrue(rs.next(), "the test platform is registered");
                    platform = rs.getObject(1, UUID.class);
                }
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement("insert into placement (id, platform_id, context_id, "
                    + "resource_link_id, activity_type, activity_key, title, score_maximum, line_item_url, created_at) "
                    + "values (?, ?, ?, ?, 'teaching-module', 'networking', 'Brug dit netværk', 100, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, platform);
                insert.setString(3, course);
                insert.setString(4, link);
                insert.setString(5, lineItem);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return id;
        }
    }

    private static double fractionDone(UUID placement, String student) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select fraction_done from module_progress where placement_id = ? and student_subject = ?")) {
            query.setObject(1, placement);
            query.setString(2, student);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0;
            }
        }
    }

    private static long pendingDeliveries(String course) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.status = 'PENDING'")) {
            query.setString(1, course);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
