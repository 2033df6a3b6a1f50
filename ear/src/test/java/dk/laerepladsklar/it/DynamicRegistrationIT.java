package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A school's admin pastes the registration URL into the (demo) LMS; afterwards students can launch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicRegistrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void theToolRegistersItselfWithAnInvitationAndThenLaunches() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        DemoLaunchClient client = tool.client();
        String registrationUrl = AdminApi.of(tool).invite("Demo-skolen");
        assertTrue(registrationUrl.startsWith(tool.toolBase() + "/api/lti/register?invitation="), registrationUrl);

        HttpResponse<String> start = client.get(tool.lmsBase() + "/register-tool?url="
                + URLEncoder.encode(registrationUrl, StandardCharsets.UTF_8), null);
        assertEquals(303, start.statusCode());
        String toolPage = start.headers().firstValue("location").orElseThrow();
        assertTrue(toolPage.startsWith(registrationUrl + "&openid_configuration="), toolPage);

        java.util.Set<String> before = clientIds(client.get(tool.lmsBase() + "/tools", null).body());
        HttpResponse<String> registered = client.get(toolPage, null);
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("Lærepladsklar er registreret"), registered.body());
        assertTrue(registered.body().contains("org.imsglobal.lti.close"), registered.body());
        assertEquals("frame-ancestors 'self' http://127.0.0.1:" + url.getPort(),
                registered.headers().firstValue("content-security-policy").orElse(""), "the LMS's dialog may show the page");

        java.util.Set<String> added = clientIds(client.get(tool.lmsBase() + "/tools", null).body());
        added.removeAll(before);
        assertEquals(1, added.size(), "one new tool in the LMS: " + added);
        String clientId = added.iterator().next();
        assertStoredInPostgres(clientId);
        String scopes = client.get(tool.lmsBase() + "/tools", null).body();
        assertTrue(scopes.contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"), scopes);
        assertTrue(scopes.contains("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"), scopes);

        LaunchResult launch = client.launch(new CookieJar(), clientId, "tomrer-gf2", "student-sofie", "da", true);
        assertTrue(launch.landed(), launch.body());
        assertTrue(launch.body().contains("Hej Sofie Jensen!"), launch.body());

        HttpResponse<String> again = client.get(toolPage, null);
        assertEquals(403, again.statusCode());
        assertTrue(again.body().contains("INVITATION_USED"), again.body());
        assertTrue(again.body().contains("<h1 id=\"title\">Registreringen lykkedes ikke</h1>"), "readable HTML: " + again.body());
    }

    @Test
    void aRegistrationTokenIsUsedOnce() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        DemoLaunchClient client = tool.client();
        HttpResponse<String> start = client.get(tool.lmsBase() + "/register-tool?url="
                + URLEncoder.encode(tool.toolBase() + "/api/lti/register", StandardCharsets.UTF_8), null);
        String toolPage = start.headers().firstValue("location").orElseThrow();
        assertEquals(200, client.get(toolPage, null).statusCode());

        HttpResponse<String> again = client.get(toolPage, null);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("PLATFORM_UNREACHABLE"), "one neutral code for every failed call: " + again.body());
        assertTrue(again.body().contains("<h1 id=\"title\">Registreringen lykkedes ikke</h1>"), "readable HTML: " + again.body());
    }

    @Test
    void theRegistrationUrlExplainsItselfWhenOpenedDirectly() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);

        HttpResponse<String> page = tool.client().get(tool.toolBase() + "/api/lti/register", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tilføj Lærepladsklar til jeres Moodle eller Canvas"), page.body());
        assertTrue(page.body().contains(tool.toolBase() + "/api/lti/register"), page.body());

        String secret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
        HttpResponse<String> invited = tool.client().get(tool.toolBase() + "/api/lti/register?invitation=" + secret, null);
        assertTrue(invited.body().contains(tool.toolBase() + "/api/lti/register?invitation=" + secret), "the URL to paste: " + invited.body());
        HttpResponse<String> hostile = tool.client().get(tool.toolBase() + "/api/lti/register?invitation=%3Cscript%3Ealert(1)%3C/script%3E", null);
        assertEquals(200, hostile.statusCode());
        assertFalse(hostile.body().contains("<script>alert"), hostile.body());
        assertFalse(hostile.body().contains("invitation="), "only an invitation's shape is shown back: " + hostile.body());
    }

    /** The tools registered in the demo LMS (its list has no order). */
    private static java.util.Set<String> clientIds(String toolsJson) {
        Matcher m = Pattern.compile("\"client_id\":\"(dyn-[0-9a-f]{8})\"").matcher(toolsJson);
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static void assertStoredInPostgres(String clientId) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select p.token_url, d.deployment_id from lti_platform p "
                     + "join lti_deployment d on d.platform_id = p.id where p.client_id = ?")) {
            query.setString(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no platform row for " + clientId);
                assertTrue(row.getString(1).endsWith("/api/demo-lms/token"));
                assertTrue(row.getString(2).startsWith("dyn-deployment-"));
            }
        }
    }
}
