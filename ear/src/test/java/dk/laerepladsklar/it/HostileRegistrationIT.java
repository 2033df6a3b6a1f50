package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.RegisteringPlatform;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Registration tried as an attacker would: take over a school's registration through dynamic registration,
 * register without (or with a spent) invitation, and launch from a platform nobody approved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRegistrationIT {

    private static final Pattern REASON = Pattern.compile("(INVITATION_[A-Z]+|REGISTRATION_EXISTS|CONFIGURATION_NOT_ON_ISSUER)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private AdminApi admin;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        admin = AdminApi.of(tool);
        client = tool.client();
    }

    @Test
    void aTakeoverOfAnExistingRegistrationIsRefusedAndChangesNothing() throws Exception {
        try (TestPlatform victim = TestPlatform.start("victim"); RegisteringPlatform attacker = RegisteringPlatform.start()) {
            registerByAdmin(victim, "https://victim-skole.example");
            String before = admin.platform(victim.clientId());
            assertNotNull(before);

            // The attacker's own site claims the victim's issuer and answers with the victim's (public) client id.
            attacker.claimingIssuer(victim.issuer()).answeringClientId(victim.clientId());
            HttpResponse<String> fromElsewhere = client.get(attacker.opening(registrationUrl()), null);
            assertEquals(400, fromElsewhere.statusCode(), fromElsewhere.body());
            assertEquals("CONFIGURATION_NOT_ON_ISSUER", reason(fromElsewhere));
            assertEquals(0, attacker.registrationsReceived(), "the tool must not post its registration to the attacker");
            assertEquals("frame-ancestors 'self'", policy(fromElsewhere), "the false opener may not frame the page");

            // Even a configuration on the victim's own origin (Canvas's shared issuer is the real case) cannot
            // change a registration that exists.
            AtomicInteger posts = new AtomicInteger();
            victim.serve("/evil" + RegisteringPlatform.CONFIGURATION_PATH, exchange -> send(exchange,
                    JSONObjectUtils.toJSONString(RegisteringPlatform.configuration(victim.issuer(), attacker.origin())
                            .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey(),
                                    e -> e.getKey().equals("registration_endpoint") ? victim.issuer() + "/evil/register" : e.getValue())))));
            victim.serve("/evil/register", exchange -> {
                posts.incrementAndGet();
                send(exchange, RegisteringPlatform.registrationReply(victim.clientId(), "666"));
            });
            String onVictimOrigin = registrationUrl() + "?openid_configuration="
                    + URLEncoder.encode(victim.issuer() + "/evil" + RegisteringPlatform.CONFIGURATION_PATH, StandardCharsets.UTF_8)
                    + "&registration_token=x";
            HttpResponse<String> exists = client.get(onVictimOrigin, null);
            assertEquals(1, posts.get());
            assertEquals(409, exists.statusCode(), exists.body());
            assertEquals("REGISTRATION_EXISTS", reason(exists));
            assertTrue(exists.body().contains("kan kun ændres af dem, der driver Lærepladsklar"), exists.body());

            assertEquals(before, admin.platform(victim.clientId()), "the victim's registration must be unchanged");
            assertTrue(before.contains("\"jwks_url\":\"" + victim.jwksUrl() + "\""), before);
            assertTrue(before.contains("\"auth_login_url\":\"" + victim.authUrl() + "\""), before);
            assertTrue(before.contains("\"frame_origins\":[\"https://victim-skole.example\"]"), before);

            // The victim's real launches still work; one signed with the attacker's key is refused.
            LtiBrowser browser = LtiBrowser.at(url);
            LtiBrowser.Login login = browser.login(victim);
            assertTrue(browser.launch(login, victim.learner("C1").forLogin(login).signedBy(victim.key())).landed());
            LtiBrowser.Login forged = browser.login(victim, "3");
            LaunchResult refused = browser.launch(forged, victim.instructor("C1").forLogin(forged).signedBy(attacker.key()));
            assertFalse(refused.landed(), refused.body());
            assertEquals("KID_NOT_FOUND", LtiBrowser.reason(refused));
        }
    }

    @Test
    void withOpenRegistrationOffOnlyAValidInvitationRegisters() throws Exception {
        admin.openRegistration(false);
        try {
            HttpResponse<String> without = registerFromTheDemoLms(registrationUrl());
            assertEquals(403, without.statusCode(), without.body());
            assertEquals("INVITATION_MISSING", reason(without));
            assertTrue(without.body().contains("Kontakt dem og bed om en registrerings-adresse"), without.body());

            assertEquals("INVITATION_UNKNOWN", reason(registerFromTheDemoLms(registrationUrl() + "?invitation=" + "A".repeat(43))));
            assertEquals("INVITATION_UNKNOWN", reason(registerFromTheDemoLms(registrationUrl() + "?invitation=%3Cscript%3E")));

            String invitation = admin.invite("Testskolen");
            assertTrue(invitation.startsWith(registrationUrl() + "?invitation="), invitation);
            var before = demoClientIds();
            HttpResponse<String> registered = registerFromTheDemoLms(invitation);
            assertEquals(200, registered.statusCode(), registered.body());
            assertTrue(registered.body().contains("Lærepladsklar er registreret"), registered.body());
            String clientId = newDemoClientId(before);
            String platform = admin.platform(clientId);
            assertTrue(platform.contains("\"status\":\"APPROVED\""), platform);
            assertTrue(platform.contains("\"name\":\"Testskolen (lpk-demo)\""), platform);
            assertTrue(client.launch(new CookieJar(), clientId, "tomrer-gf2", "student-sofie", "da", true).landed());
            String list = admin.send("GET", "/api/admin/invitations", null).body();
            assertTrue(list.contains("\"state\":\"USED\""), list);
            assertTrue(list.contains("\"platform_id\":\"" + AdminApi.field(platform, "id") + "\""), list);

            HttpResponse<String> again = registerFromTheDemoLms(invitation);
            assertEquals(403, again.statusCode());
            assertEquals("INVITATION_USED", reason(again));

            String expiring = admin.invite("Udløbsskolen");
            try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
                 PreparedStatement update = db.prepareStatement(
                         "update lti_invitation set expires_at = now() - interval '1 day' where school = 'Udløbsskolen'")) {
                assertEquals(1, update.executeUpdate());
            }
            assertEquals("INVITATION_EXPIRED", reason(registerFromTheDemoLms(expiring)));

            String revoked = admin.invite("Fortrydelsesskolen");
            HttpResponse<String> list2 = admin.send("GET", "/api/admin/invitations", null);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"school\":\"Fortrydelsesskolen\"").matcher(list2.body());
            assertTrue(id.find(), list2.body());
            assertEquals(200, admin.send("POST", "/api/admin/invitations/" + id.group(1) + "/revoke", "").statusCode());
            assertEquals("INVITATION_REVOKED", reason(registerFromTheDemoLms(revoked)));
            assertNull(admin.platform("no-such-client"));
        } finally {
            admin.openRegistration(true);
        }
    }

    @Test
    void inOpenModeANewPlatformWaitsForTheOperatorsApproval() throws Exception {
        var before = demoClientIds();
        HttpResponse<String> registered = registerFromTheDemoLms(registrationUrl());
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("venter nu på at blive godkendt"), registered.body());
        String clientId = newDemoClientId(before);
        String platform = admin.platform(clientId);
        assertTrue(platform.contains("\"status\":\"PENDING\""), platform);

        LaunchResult pending = client.launch(new CookieJar(), clientId, "tomrer-gf2", "student-sofie", "da", true);
        assertFalse(pending.landed(), pending.body());
        assertEquals(403, pending.status());
        assertEquals("PLATFORM_PENDING", LtiBrowser.reason(pending));
        assertTrue(pending.body().contains("venter på at blive godkendt"), pending.body());

        HttpResponse<String> approved = admin.send("POST", "/api/admin/platforms/" + AdminApi.field(platform, "id") + "/approve", "");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"APPROVED\""), approved.body());
        LaunchResult launched = client.launch(new CookieJar(), clientId, "tomrer-gf2", "student-sofie", "da", true);
        assertTrue(launched.landed(), launched.body());
        assertTrue(launched.body().contains("Hej Sofie Jensen!"), launched.body());
        String audit = auditActions();
        assertTrue(audit.contains("PLATFORM_APPROVED"), audit);
    }

    @Test
    void theAdminApiRefusesHostileInvitationRequests() throws Exception {
        assertEquals(401, admin.send("POST", "/api/admin/invitations", "{\"school\": \"X\"}", "wrong").statusCode());
        assertEquals(401, admin.send("PUT", "/api/admin/open-registration", "{\"open\": false}", null).statusCode());
        assertEquals(401, admin.send("POST", "/api/admin/platforms/" + UUID.randomUUID() + "/approve", "", "wrong").statusCode());
        for (String bad : new String[] {"{}", "{\"school\": \"\"}", "{\"school\": 7}", "{\"school\": \"X\", \"days\": 0}",
                "{\"school\": \"X\", \"days\": 366}", "{\"school\": \"X\", \"days\": 1.5}", "{\"school\": \"X\", \"days\": \"14\"}",
                "{\"school\": \"" + "x".repeat(256) + "\"}", "{school", "[]"}) {
            HttpResponse<String> refused = admin.send("POST", "/api/admin/invitations", bad);
            assertEquals(400, refused.statusCode(), bad + " → " + refused.body());
            assertTrue(refused.body().contains("INVALID_INVITATION"), refused.body());
        }
        assertEquals(404, admin.send("POST", "/api/admin/invitations/" + UUID.randomUUID() + "/revoke", "").statusCode());
        assertEquals(404, admin.send("POST", "/api/admin/invitations/not-a-uuid/revoke", "").statusCode());
        assertEquals(404, admin.send("POST", "/api/admin/platforms/" + UUID.randomUUID() + "/approve", "").statusCode());
        assertEquals(404, admin.send("POST", "/api/admin/platforms/%27%20or%201=1/approve", "").statusCode());

        HttpResponse<String> created = admin.send("POST", "/api/admin/invitations", "{\"school\": \"<b>Skolen</b>\", \"days\": 3}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"state\":\"OPEN\""), created.body());
        String secret = AdminApi.field(created.body(), "url").replaceAll(".*invitation=", "");
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertFalse(admin.send("GET", "/api/admin/invitations", null).body().contains(secret), "the secret is shown only once");
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from lti_invitation where secret_hash like ?")) {
            query.setString(1, "%" + secret + "%");
            var rows = query.executeQuery();
            rows.next();
            assertEquals(0, rows.getInt(1), "only a hash of the secret is stored");
        }
        assertTrue(auditActions().contains("INVITATION_CREATED"));
    }

    @Test
    void theAdminPageInvitesRevokesAndApproves() throws Exception {
        var before = demoClientIds();
        assertEquals(200, registerFromTheDemoLms(registrationUrl()).statusCode());
        String pendingClient = newDemoClientId(before);

        CookieJar browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();
        page = JsfForms.submit(client, browser, tool.toolBase(), page, "signin", Map.of("signin:token", AdminApi.TOKEN), "signin:go").body();
        assertTrue(page.contains("id=\"open-registration\""), page);

        page = JsfForms.submit(client, browser, tool.toolBase(), page, "invite",
                Map.of("invite:school", " ", "invite:days", "14"), "invite:create").body();
        assertTrue(page.contains("Invitationen blev ikke lavet"), page);
        assertFalse(page.contains("id=\"invitation-url\""), page);
        page = JsfForms.submit(client, browser, tool.toolBase(), page, "invite",
                Map.of("invite:school", "Sidegade Skole", "invite:days", "abc"), "invite:create").body();
        assertTrue(page.contains("Skriv et helt antal dage."), page);
        page = JsfForms.submit(client, browser, tool.toolBase(), page, "invite",
                Map.of("invite:school", "Sidegade Skole", "invite:days", "3"), "invite:create").body();
        assertTrue(page.contains("Invitationen til Sidegade Skole er lavet"), page);
        Matcher shown = Pattern.compile("id=\"invitation-url\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(shown.find(), page);
        String invitation = shown.group(1).replace("&amp;", "&");
        assertTrue(invitation.matches(Pattern.quote(registrationUrl()) + "\\?invitation=[A-Za-z0-9_-]{43}"), invitation);

        String list = admin.send("GET", "/api/admin/invitations", null).body();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"school\":\"Sidegade Skole\",\"state\":\"OPEN\"").matcher(list);
        assertTrue(id.find(), list);
        page = JsfForms.submit(client, browser, tool.toolBase(), page, "invitations", Map.of(),
                buttonWith(page, "data-invitation", id.group(1))).body();
        assertTrue(page.contains("Invitationen til Sidegade Skole er trukket tilbage."), page);
        assertEquals("INVITATION_REVOKED", reason(registerFromTheDemoLms(invitation)));

        assertTrue(admin.platform(pendingClient).contains("\"status\":\"PENDING\""));
        page = JsfForms.submit(client, browser, tool.toolBase(), page, "platformform", Map.of(),
                buttonWith(page, "data-client", pendingClient)).body();
        assertTrue(page.contains("er godkendt"), page);
        assertTrue(admin.platform(pendingClient).contains("\"status\":\"APPROVED\""));
        String audit = auditActions();
        assertTrue(audit.contains("INVITATION_REVOKED") && audit.contains("PLATFORM_APPROVED"), audit);
    }

    /** The name of the submit button that carries this data attribute (a button in a repeated row). */
    private static String buttonWith(String html, String attribute, String value) {
        Matcher input = Pattern.compile("<input[^>]*" + attribute + "=\"" + Pattern.quote(value) + "\"[^>]*>").matcher(html);
        assertTrue(input.find(), "no button with " + attribute + "=" + value + " in " + html);
        Matcher name = Pattern.compile("\\sname=\"([^\"]+)\"").matcher(input.group());
        assertTrue(name.find());
        return name.group(1);
    }

    private String registrationUrl() {
        return tool.toolBase() + "/api/lti/register";
    }

    private void registerByAdmin(TestPlatform platform, String frameOrigin) throws Exception {
        HttpResponse<String> answer = admin.send("PUT", "/api/admin/platforms", """
                {"issuer": "%s", "client_id": "%s", "auth_login_url": "%s", "token_url": "%s/mod/lti/token.php",
                 "jwks_url": "%s", "deployment_ids": ["%s"], "frame_origins": ["%s"]}""".formatted(platform.issuer(),
                platform.clientId(), platform.authUrl(), platform.issuer(), platform.jwksUrl(), platform.deploymentId(), frameOrigin));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** The demo LMS's admin registers the tool with this registration URL: it appends its configuration and token. */
    private HttpResponse<String> registerFromTheDemoLms(String toolRegistrationUrl) throws Exception {
        HttpResponse<String> start = client.get(tool.lmsBase() + "/register-tool?url="
                + URLEncoder.encode(toolRegistrationUrl, StandardCharsets.UTF_8), null);
        assertEquals(303, start.statusCode(), start.body());
        return client.get(start.headers().firstValue("location").orElseThrow(), null);
    }

    /** The demo LMS's registered tools (its list has no order). */
    private java.util.Set<String> demoClientIds() throws Exception {
        Matcher m = Pattern.compile("\"client_id\":\"(dyn-[0-9a-f]{8})\"").matcher(client.get(tool.lmsBase() + "/tools", null).body());
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The one client id the demo LMS handed out since {@code before}. */
    private String newDemoClientId(java.util.Set<String> before) throws Exception {
        java.util.Set<String> added = new java.util.HashSet<>(demoClientIds());
        added.removeAll(before);
        assertEquals(1, added.size(), added.toString());
        return added.iterator().next();
    }

    private static String reason(HttpResponse<String> page) {
        Matcher m = REASON.matcher(page.body());
        return m.find() ? m.group(1) : "no reason in: " + page.body();
    }

    private static String policy(HttpResponse<String> response) {
        var policies = response.headers().allValues("content-security-policy");
        assertEquals(1, policies.size(), policies.toString());
        return policies.get(0);
    }

    private static String auditActions() throws Exception {
        StringBuilder actions = new StringBuilder();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             var rows = db.createStatement().executeQuery("select action from lti_admin_audit")) {
            while (rows.next()) {
                actions.append(rows.getString(1)).append(' ');
            }
        }
        return actions.toString();
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
