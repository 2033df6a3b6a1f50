package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.it.support.LtiBrowser;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Framing per school: a page of the tool may be shown in an iframe by the platform of the current launch only
 * ({@code Content-Security-Policy: frame-ancestors}), never by every registered school, and every response
 * carries exactly one policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FramingIT {

    private static final String A_SITE = "https://a-skole.example";
    private static final String B_SITE = "https://b-skole.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform a;
    private static TestPlatform b;
    private ToolUnderTest tool;
    private DemoLaunchClient http;

    @BeforeEach
    void twoSchools() throws Exception {
        tool = ToolUnderTest.at(url);
        http = new DemoLaunchClient(DemoLaunchClient.newHttpClient(), tool.toolBase());
        if (a == null) {
            a = register(TestPlatform.start("school-a"), A_SITE);
            b = register(TestPlatform.start("school-b"), B_SITE);
        }
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
            b.close();
        }
    }

    @Test
    void aLaunchFromOneSchoolMayBeFramedByThatSchoolAlone() throws Exception {
        CookieJar browser = new CookieJar();
        HttpResponse<String> login = http.post(tool.toolBase() + "/api/lti/login", HtmlForm.encode(initiation(a)), browser);
        assertEquals(200, login.statusCode(), login.body());
        assertFramedOnlyBy(login, a, b);

        Map<String, String> auth = query(DemoLaunchClient.authUrlFrom(login));
        LtiBrowser.Login started = new LtiBrowser.Login(auth.get("state"), auth.get("nonce"), auth, browser);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", a.learner("C1").forLogin(started).signedBy(a.key()));
        form.put("state", started.state());
        HttpResponse<String> launch = http.post(tool.toolBase() + "/api/lti/launch", HtmlForm.encode(form), browser);
        assertEquals(303, launch.statusCode(), launch.body());
        assertFramedOnlyBy(launch, a, b);

        HttpResponse<String> landing = http.get(launch.headers().firstValue("location").orElseThrow(), browser);
        assertEquals(200, landing.statusCode());
        assertFramedOnlyBy(landing, a, b);
        assertFramedOnlyBy(http.get(tool.toolBase() + "/student/help.xhtml", browser), a, b);

        // A response with a policy of its own (a content-pack image) keeps the launch's framing rule in the same header.
        String image = onePolicy(http.get(tool.toolBase() + "/api/modules/images/cv-sheet.svg", browser));
        assertTrue(image.startsWith("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self' "), image);
        assertTrue(image.contains(a.issuer()) && !image.contains(b.issuer()), image);
    }

    @Test
    void theOtherSchoolsLaunchGetsItsOwnOrigins() throws Exception {
        CookieJar browser = new CookieJar();
        HttpResponse<String> login = http.post(tool.toolBase() + "/api/lti/login", HtmlForm.encode(initiation(b)), browser);
        assertFramedOnlyBy(login, b, a);
    }

    @Test
    void withoutALaunchOnlyTheToolMayFrameAPage() throws Exception {
        assertEquals("frame-ancestors 'self'", onePolicy(http.get(tool.toolBase() + "/", new CookieJar())));
        assertEquals("frame-ancestors 'self'", onePolicy(http.get(tool.toolBase() + "/api/lti/register", null)));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
                onePolicy(http.get(tool.toolBase() + "/api/modules/images/cv-sheet.svg", null)));

        Map<String, String> unknown = initiation(a);
        unknown.put("client_id", "nobody");
        HttpResponse<String> refused = http.post(tool.toolBase() + "/api/lti/login", HtmlForm.encode(unknown), new CookieJar());
        assertEquals(403, refused.statusCode());
        assertEquals("frame-ancestors 'self'", onePolicy(refused));
    }

    private void assertFramedOnlyBy(HttpResponse<String> response, TestPlatform own, TestPlatform other) {
        String policy = onePolicy(response);
        List<String> sources = List.of(policy.split(" "));
        assertEquals("frame-ancestors", sources.get(0), policy);
        assertEquals(List.of("frame-ancestors", "'self'", own.issuer(), own == a ? A_SITE : B_SITE).stream().sorted().toList(),
                sources.stream().sorted().toList(), policy);
        assertFalse(sources.contains(other.issuer()), policy);
        assertFalse(sources.contains("http://127.0.0.1:" + url.getPort()), "not the demo LMS's either: " + policy);
    }

    private static String onePolicy(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("content-security-policy");
        assertEquals(1, policies.size(), () -> "exactly one policy: " + policies + " on " + response.statusCode() + " "
                + response.uri() + " " + response.headers().map() + ": " + response.body().substring(0, Math.min(2000, response.body().length())));
        return policies.get(0);
    }

    private TestPlatform register(TestPlatform platform, String site) throws Exception {
        HttpResponse<String> answer = AdminApi.of(tool).send("PUT", "/api/admin/platforms", """
                {"issuer": "%s", "client_id": "%s", "auth_login_url": "%s", "jwks_url": "%s", "deployment_ids": ["%s"],
                 "frame_origins": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.authUrl(),
                platform.jwksUrl(), platform.deploymentId(), site));
        assertEquals(200, answer.statusCode(), answer.body());
        return platform;
    }

    private Map<String, String> initiation(TestPlatform platform) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", platform.issuer());
        form.put("target_link_uri", tool.toolBase() + "/api/lti/launch");
        form.put("login_hint", "5");
        form.put("client_id", platform.clientId());
        form.put("lti_deployment_id", platform.deploymentId());
        return form;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
