package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The tool's calls to platforms cannot be aimed at its own network: the registration page answers every
 * refused or failed configuration URL with the same page and one neutral code (no port map, no redirect
 * followed), and service URLs in a launch that are off the platform's registered origins are never called.
 * The test WildFly runs in dev mode, where http to loopback is allowed (the demo LMS lives there): refusing
 * loopback outside dev mode is shown by the lti-core unit tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundGuardIT {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** A server of the test's own on 127.0.0.1 that records every request it gets. */
    private HttpServer watched;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watch() throws IOException {
        watched = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        watched.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/redirecting/openid-configuration")) {
                exchange.getResponseHeaders().add("Location", watchedUrl("/internal/secret"));
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] body = path.equals("/not-json") ? "<html><body>an internal admin page</body></html>".getBytes(StandardCharsets.UTF_8)
                    : "{\"members\":[],\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        watched.start();
    }

    @AfterEach
    void stop() {
        watched.stop(0);
    }

    @Test
    void everyRefusedOrFailedConfigurationUrlGetsTheSamePageAndNoRedirectIsFollowed() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("private", "https://10.0.0.1/.well-known/openid-configuration");
        hostile.put("private over http", "http://10.0.0.1/.well-known/openid-configuration");
        hostile.put("private class B", "https://172.16.5.4/openid-configuration");
        hostile.put("link-local", "https://169.254.10.10/openid-configuration");
        hostile.put("link-local IPv6", "https://[fe80::1]/openid-configuration");
        hostile.put("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
        hostile.put("metadata IPv4-mapped", "https://[::ffff:169.254.169.254]/latest/meta-data/");
        hostile.put("metadata name", "https://metadata.google.internal/computeMetadata/v1/");
        hostile.put("redirect to loopback", watchedUrl("/redirecting/openid-configuration"));
        hostile.put("loopback port closed", "http://127.0.0.1:" + closedPort + "/openid-configuration");
        hostile.put("loopback port open, not JSON", watchedUrl("/not-json"));
        hostile.put("management port", "http://127.0.0.1:" + Integer.getInteger("lpk.test.management-port", 10090) + "/management");
        hostile.put("not a URL", "javascript:alert(1)");

        List<String> pages = new ArrayList<>();
        Integer status = null;
        for (Map.Entry<String, String> attempt : hostile.entrySet()) {
            HttpResponse<String> page = tool.client().get(tool.toolBase() + "/api/lti/register?openid_configuration="
                    + URLEncoder.encode(attempt.getValue(), StandardCharsets.UTF_8) + "&registration_token=stolen", null);
            assertTrue(page.body().contains("PLATFORM_UNREACHABLE"), attempt.getKey() + ": " + page.body());
            if (status == null) {
                status = page.statusCode();
            }
            assertEquals(status, page.statusCode(), attempt.getKey());
            pages.add(page.body());
        }
        assertEquals(400, status);
        for (int i = 1; i < pages.size(); i++) {
            assertEquals(pages.get(0), pages.get(i), "the pages are identical: " + new ArrayList<>(hostile.keySet()).get(i));
        }
        assertEquals(List.of("GET /redirecting/openid-configuration", "GET /not-json"), calls,
                "the redirect's loopback target was never called");
    }

    @Test
    void serviceUrlsInALaunchOffThePlatformsOriginsAreNeverCalled() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        LtiBrowser browser = LtiBrowser.at(url);
        String course = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestPlatform moodle = TestPlatform.start("guard").registerIn(EmbeddedPostgresSession.dataSource())) {
            // The same host as the platform, another port: another origin.
            Map<String, Object> ags = Map.of(
                    "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                            "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                    "lineitems", watchedUrl("/mod/lti/services.php/2/lineitems"),
                    "lineitem", watchedUrl("/mod/lti/services.php/2/lineitems/12/lineitem"));
            Map<String, Object> nrps = Map.of("context_memberships_url", watchedUrl("/mod/lti/services.php/2/memberships"),
                    "service_versions", List.of("2.0"));

            LtiBrowser.Login student = browser.login(moodle, "5");
            LaunchResult learner = browser.launch(student, moodle.learner(course).with(AGS, ags).with(NRPS, nrps)
                    .with(CUSTOM, Map.of("activity", "teaching-module:networking")).forLogin(student).signedBy(moodle.key()));
            assertTrue(learner.landed(), learner.body());
            assertTrue(learner.landingUrl().contains("/modules/play.xhtml?placement="), learner.landingUrl());
            new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase()).complete(student.cookies(), learner.landingUrl(), q -> "b");

            long deadline = System.currentTimeMillis() + 60_000;
            while (deliveries(course, "FAILED") == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "the score's delivery fails for good; pending: " + deliveries(course, "PENDING"));
                Thread.sleep(250);
            }
            assertEquals(0, deliveries(course, "PENDING"), "not retried");
            assertEquals("PLATFORM_UNREACHABLE", lastReason(course));

            LtiBrowser.Login teacher = browser.login(moodle, "3");
            // A plain link in the same course: the teacher lands on the class page, which reads the roster (NRPS).
            LaunchResult classPage = browser.launch(teacher, moodle.instructor(course).with(AGS, ags).with(NRPS, nrps)
                    .with(Launches.RESOURCE_LINK, Map.of("id", "8", "title", "Klassen")).forLogin(teacher).signedBy(moodle.key()));
            assertTrue(classPage.landed(), classPage.body());
            assertTrue(classPage.body().contains("Vælg en aktivitet til dette link"), classPage.body());

            assertEquals(List.of(), calls, "neither the score, the line items nor the roster went to another origin");
            assertEquals(0, moodle.tokenRequests(), "no token was even asked for them");
        }
    }

    private String watchedUrl(String path) {
        return "http://127.0.0.1:" + watched.getAddress().getPort() + path;
    }

    private static long deliveries(String course, String status) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.status = ?")) {
            query.setString(1, course);
            query.setString(2, status);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastReason(String course) {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select d.last_reason from score_delivery d join placement p "
                     + "on p.id = d.placement_id where p.context_id = ? and d.status = 'FAILED'")) {
            query.setString(1, course);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
