package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin page and API against someone who guesses tokens or planted a session id: a new session id at sign-in,
 * wrong tokens slowed down per address (429 while locked out, for page and API alike), and every sign-in and
 * change in the audit log that the page shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminSignInIT {

    private static final String TOKEN = "it-admin-token";
    private static final Pattern SESSION = Pattern.compile("LPKSESSION=([^;]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private final HttpClient http = HttpClient.newHttpClient();
    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    @Order(1)
    void signingInGivesANewSessionIdAndThePlantedOneIsWorthless() throws Exception {
        CookieJar browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();
        String before = session(browser);
        CookieJar planted = browser.copy();

        String signedIn = JsfForms.submit(client, browser, tool.toolBase(), page, "signin", Map.of("signin:token", TOKEN), "signin:go").body();

        assertTrue(signedIn.contains("Registrér en platform manuelt"), signedIn);
        assertNotEquals(before, session(browser), "a new session id at sign-in");
        String withPlantedId = client.get(tool.toolBase() + "/admin/platforms.xhtml", planted).body();
        assertFalse(withPlantedId.contains("Registrér en platform manuelt"), "the old id is not signed in: " + withPlantedId);
        assertTrue(client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body().contains("Registrér en platform manuelt"));
    }

    @Test
    @Order(2)
    void theAuditLogShowsSignInsAndChangesWithWhenAndFromWhere() throws Exception {
        api("PUT", "/api/admin/platforms", """
                {"issuer": "https://moodle.audit-skole.dk", "client_id": "audit1",
                 "auth_login_url": "https://moodle.audit-skole.dk/mod/lti/auth.php",
                 "jwks_url": "https://moodle.audit-skole.dk/mod/lti/certs.php", "deployment_ids": ["1"]}""", TOKEN);
        String kid = api("POST", "/api/admin/keys/rotate", "", TOKEN).body().replaceAll(".*\"current\":\"([^\"]+)\".*", "$1");
        CookieJar browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();

        String signedIn = JsfForms.submit(client, browser, tool.toolBase(), page, "signin", Map.of("signin:token", TOKEN), "signin:go").body();

        String audit = signedIn.substring(signedIn.indexOf("id=\"audit\""));
        assertTrue(audit.contains("ADMIN_SIGNED_IN"), audit);
        assertTrue(audit.contains("PLATFORM_REGISTERED</code> admin API: https://moodle.audit-skole.dk client_id audit1"), audit);
        assertTrue(audit.contains("KEY_ROTATED</code> admin API: new kid " + kid), audit);
        assertTrue(audit.contains("<td>127.0.0.1</td>"), "from where: " + audit);
        assertTrue(Pattern.compile("<td>20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</td>").matcher(audit).find(), "when: " + audit);
        assertTrue(audit.indexOf("ADMIN_SIGNED_IN") < audit.indexOf("KEY_ROTATED"), "newest first: " + audit);
        assertFalse(audit.contains(TOKEN), "never the token");
    }

    @Test
    @Order(3)
    void wrongTokensLockTheAddressOutOfApiAndPageAlike() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api("GET", "/api/admin/platforms", null, "guess-" + i).statusCode(), "free failure " + i);
        }
        assertEquals(401, api("GET", "/api/admin/platforms", null, "guess-6").statusCode());

        HttpResponse<String> locked = api("GET", "/api/admin/platforms", null, TOKEN);
        assertEquals(429, locked.statusCode(), "even the right token waits while the address is locked out");
        assertTrue(locked.body().contains("ADMIN_SIGN_IN_LOCKED"), locked.body());
        assertTrue(locked.headers().firstValue("retry-after").isPresent());

        CookieJar browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();
        HttpResponse<String> refused = JsfForms.submit(client, browser, tool.toolBase(), page, "signin",
                Map.of("signin:token", TOKEN), "signin:go");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("For mange forkerte nøgler fra denne adresse."), refused.body());
        assertFalse(refused.body().contains("Registrér en platform manuelt"));

        assertTrue(ServerLog.text().contains("ADMIN_SIGN_IN_FAILED from 127.0.0.1"), "logged with the address");
        Thread.sleep(1500); // the first lock-out lasts one second
        assertEquals(200, api("GET", "/api/admin/platforms", null, TOKEN).statusCode(), "the lock-out ended");
        assertEquals(401, api("GET", "/api/admin/platforms", null, "guess-7").statusCode(), "and the right token started afresh");
        assertEquals(200, api("GET", "/api/admin/platforms", null, TOKEN).statusCode());
    }

    private static String session(CookieJar browser) {
        Matcher session = SESSION.matcher(browser.header() == null ? "" : browser.header());
        assertTrue(session.find(), "a session cookie: " + browser.header());
        return session.group(1);
    }

    private HttpResponse<String> api(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
