package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a school's or region's IT admin automates: registrations as data, key rotation, framing policy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

    private static final String TOKEN = "it-admin-token";
    private static final String MOODLE = """
            {"issuer": "https://moodle.example-skole.dk", "client_id": "abc123", "name": "Skolens Moodle",
             "auth_login_url": "https://moodle.example-skole.dk/mod/lti/auth.php",
             "token_url": "https://moodle.example-skole.dk/mod/lti/token.php",
             "jwks_url": "https://moodle.example-skole.dk/mod/lti/certs.php",
             "deployment_ids": ["1", "7"]}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private final HttpClient http = HttpClient.newHttpClient();
    private ToolUnderTest tool;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
    }

    @Test
    void withoutTheTokenNothingIsChanged() throws Exception {
        HttpResponse<String> refused = send("PUT", "/api/admin/platforms", MOODLE, "wrong-token");

        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("ADMIN_TOKEN_MISMATCH"));
        assertFalse(send("GET", "/api/admin/platforms", null, TOKEN).body().contains("wrong"));
    }

    @Test
    void aPlatformIsRegisteredFromJsonAndImportingTwiceChangesNothing() throws Exception {
        HttpResponse<String> first = send("PUT", "/api/admin/platforms", MOODLE, TOKEN);
        HttpResponse<String> second = send("PUT", "/api/admin/platforms", "[" + MOODLE + "]", TOKEN);
        HttpResponse<String> list = send("GET", "/api/admin/platforms", null, TOKEN);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), second.body());
        assertTrue(list.body().contains("\"deployment_ids\":[\"1\",\"7\"]"), list.body());
        assertEquals(1, list.body().split("\"client_id\":\"abc123\"", -1).length - 1, list.body());
    }

    @Test
    void badRegistrationDataGetsAClearMessage() throws Exception {
        HttpResponse<String> missing = send("PUT", "/api/admin/platforms", "{\"issuer\": \"https://x.dk\"}", TOKEN);
        HttpResponse<String> notJson = send("PUT", "/api/admin/platforms", "{issuer", TOKEN);

        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("Missing field: client_id"), missing.body());
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("Not valid JSON"), notJson.body());
    }

    @Test
    void keysRotateWithoutDowntime() throws Exception {
        String before = send("GET", "/api/lti/jwks", null, null).body();
        int keysBefore = JWKSet.parse(before).getKeys().size();

        HttpResponse<String> rotated = send("POST", "/api/admin/keys/rotate", "", TOKEN);
        String newKid = rotated.body().replaceAll(".*\"current\":\"([^\"]+)\".*", "$1");
        JWKSet during = JWKSet.parse(send("GET", "/api/lti/jwks", null, null).body());

        assertEquals(keysBefore + 1, during.getKeys().size());
        assertTrue(during.getKeyByKeyId(newKid) != null);
        assertTrue(tool.client().launch(new CookieJar(), "tomrer-gf2", "student-ali", "da", true).landed());

        send("POST", "/api/admin/keys/retire-previous", "", TOKEN);
        JWKSet after = JWKSet.parse(send("GET", "/api/lti/jwks", null, null).body());
        assertEquals(1, after.getKeys().size());
        assertEquals(newKid, after.getKeys().get(0).getKeyID());
    }

    @Test
    void aPageWithoutALaunchMayBeFramedByTheToolAlone() throws Exception {
        tool.client().launch(new CookieJar(), "tomrer-gf2", "student-ali", "da", true);
        send("PUT", "/api/admin/platforms", MOODLE, TOKEN);

        HttpResponse<String> home = send("GET", "/", null, null);

        assertEquals(java.util.List.of("frame-ancestors 'self'"), home.headers().allValues("content-security-policy"),
                "no school's origin, let alone every school's");
    }

    @Test
    void importingAgainReplacesTheFrameOrigins() throws Exception {
        String withOrigins = MOODLE.replace("\"client_id\": \"abc123\"", "\"client_id\": \"framed-1\"")
                .replace("\"deployment_ids\"", "\"frame_origins\": [\"https://old.example-skole.dk\"], \"deployment_ids\"");
        assertTrue(send("PUT", "/api/admin/platforms", withOrigins, TOKEN).body().contains("https://old.example-skole.dk"));

        String replaced = send("PUT", "/api/admin/platforms", withOrigins.replace("https://old.", "https://new."), TOKEN).body();

        assertTrue(replaced.contains("\"frame_origins\":[\"https://new.example-skole.dk\"]"), replaced);
        assertFalse(send("GET", "/api/admin/platforms", null, TOKEN).body().contains("https://old.example-skole.dk"));
    }

    @Test
    void canvasGetsADeveloperKeyConfiguration() throws Exception {
        String json = send("GET", "/api/lti/canvas-configuration", null, null).body();

        assertTrue(json.contains("\"oidc_initiation_url\":\"" + tool.toolBase() + "/api/lti/login\""), json);
        assertTrue(json.contains("\"public_jwk_url\":\"" + tool.toolBase() + "/api/lti/jwks\""), json);
        assertTrue(json.contains("\"placement\":\"link_selection\""), json);
        assertTrue(json.contains("\"privacy_level\":\"public\""), json);
    }

    @Test
    void anAdminRegistersAPlatformByHandOnTheAdminPage() throws Exception {
        var client = tool.client();
        var browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();
        assertTrue(page.contains("Administrator-nøgle"), page);

        String wrong = dk.laerepladsklar.it.support.JsfForms.submit(client, browser, tool.toolBase(), page, "signin",
                java.util.Map.of("signin:token", "guess"), "signin:go").body();
        assertTrue(wrong.contains("Nøglen passer ikke."), wrong);
        String signedIn = dk.laerepladsklar.it.support.JsfForms.submit(client, browser, tool.toolBase(), wrong, "signin",
                java.util.Map.of("signin:token", TOKEN), "signin:go").body();
        assertTrue(signedIn.contains("Registrér en platform manuelt"), signedIn);

        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("register:issuer", "https://canvas.instructure.com");
        fields.put("register:clientId", "10000000000042");
        fields.put("register:name", "Skolens Canvas");
        fields.put("register:authLoginUrl", "https://sso.canvaslms.com/api/lti/authorize_redirect");
        fields.put("register:tokenUrl", "https://sso.canvaslms.com/login/oauth2/token");
        fields.put("register:jwksUrl", "");
        fields.put("register:deploymentIds", "12:abc, 13:def");
        String missing = dk.laerepladsklar.it.support.JsfForms.submit(client, browser, tool.toolBase(), signedIn, "register",
                fields, "register:save").body();
        assertTrue(missing.contains("Platformen blev ikke gemt: Missing field: jwks_url"), missing);
        assertTrue(missing.contains("value=\"10000000000042\""), "what the admin typed is kept: " + missing);

        fields.put("register:jwksUrl", "https://sso.canvaslms.com/api/lti/security/jwks");
        String saved = dk.laerepladsklar.it.support.JsfForms.submit(client, browser, tool.toolBase(), missing, "register",
                fields, "register:save").body();
        assertTrue(saved.contains("Platformen https://canvas.instructure.com med klient-id 10000000000042 er gemt."), saved);
        assertTrue(send("GET", "/api/admin/platforms", null, TOKEN).body().contains("\"deployment_ids\":[\"12:abc\",\"13:def\"]"));
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
