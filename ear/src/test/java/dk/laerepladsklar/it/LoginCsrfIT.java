package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login CSRF: someone starts a login as themselves, keeps the id_token, state and browser secret, and has a
 * victim's browser post them to the tool from another site. Without the partitioned cookie the secret from the
 * form counts only when the tool's own recovery page posted it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginCsrfIT {

    private static final String ATTACKER = "https://attacker.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private final HttpClient http = DemoLaunchClient.newHttpClient();

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void aCrossSitePostOfAValidTokenStateAndSecretWithoutTheCookieIsRefused() throws Exception {
        Stolen stolen = attackerLogsInAsThemselves();

        HttpResponse<String> answer = post(stolen.form(), "Origin", ATTACKER, "Sec-Fetch-Site", "cross-site");

        assertRefused(answer);
        // The refusal did not spend the login: it was never the victim's to spend.
        HttpResponse<String> same = post(stolen.form(), "Origin", tool.toolBase(), "Sec-Fetch-Site", "same-origin");
        assertEquals(303, same.statusCode(), same.body());
    }

    @Test
    void anotherSitesOriginWithoutFetchMetadataIsRefused() throws Exception {
        assertRefused(post(attackerLogsInAsThemselves().form(), "Origin", ATTACKER));
    }

    @Test
    void aPostThatSaysNothingOfWhereItComesFromIsRefused() throws Exception {
        assertRefused(post(attackerLogsInAsThemselves().form()));
    }

    @Test
    void aSiblingSiteIsNotTheToolsOwnPage() throws Exception {
        assertRefused(post(attackerLogsInAsThemselves().form(), "Sec-Fetch-Site", "same-site"));
    }

    @Test
    void fetchMetadataOutranksAForgedLookingOrigin() throws Exception {
        assertRefused(post(attackerLogsInAsThemselves().form(), "Origin", tool.toolBase(), "Sec-Fetch-Site", "cross-site"));
    }

    @Test
    void theToolsOwnRecoveryPageMayPostTheSecret() throws Exception {
        CookieJar browser = new CookieJar();
        HtmlForm launch = client.authorize(browser, "tomrer-gf2", "student-ali");
        String secret = secretIn(browser);
        // The platform posts the launch cross-site and the partitioned cookie does not come back.
        HttpResponse<String> recovery = post(launch, "Origin", "http://127.0.0.1:" + url.getPort(), "Sec-Fetch-Site", "cross-site");
        assertEquals(200, recovery.statusCode(), recovery.body());
        assertTrue(recovery.body().contains("lti.get_data"), recovery.body());
        assertTrue(recovery.headers().firstValue("Referrer-Policy").orElse("").equals("same-origin"),
                "the recovery page lets the browser send the tool's Origin with its post");

        HtmlForm relaunch = HtmlForm.parse(recovery.body()).with("lti_storage_secret", secret);
        HttpResponse<String> landed = post(relaunch, "Origin", tool.toolBase(), "Sec-Fetch-Site", "same-origin");

        assertEquals(303, landed.statusCode(), landed.body());
        HttpResponse<String> page = client.get(landed.headers().firstValue("location").orElseThrow(), cookiesOf(landed));
        assertTrue(page.body().contains("Hej Ali Hassan!"), page.body());
    }

    @Test
    void aBrowserWithoutFetchMetadataIsKnownByTheToolsOrigin() throws Exception {
        CookieJar browser = new CookieJar();
        HtmlForm launch = client.authorize(browser, "tomrer-gf2", "student-sofie");
        HtmlForm relaunch = launch.with("lti_storage_secret", secretIn(browser)).with("lti_storage_attempted", "1");

        HttpResponse<String> landed = post(relaunch, "Origin", tool.toolBase());

        assertEquals(303, landed.statusCode(), landed.body());
    }

    @Test
    void theCookieStillWorksFromAnySite() throws Exception {
        CookieJar browser = new CookieJar();
        HtmlForm launch = client.authorize(browser, "tomrer-gf2", "student-emma");

        HttpResponse<String> landed = http.send(request(launch, "Origin", "http://127.0.0.1:" + url.getPort(),
                "Sec-Fetch-Site", "cross-site").header("Cookie", browser.header()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(303, landed.statusCode(), landed.body());
    }

    private record Stolen(HtmlForm form) {
    }

    /** The attacker's own login, with the secret copied from their own cookie into the form. */
    private Stolen attackerLogsInAsThemselves() throws Exception {
        CookieJar attackersBrowser = new CookieJar();
        HtmlForm launch = client.authorize(attackersBrowser, "tomrer-gf2", "student-mikkel");
        return new Stolen(launch.with("lti_storage_secret", secretIn(attackersBrowser)).with("lti_storage_attempted", "1"));
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertEquals(403, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("BROWSER_BINDING_CROSS_SITE"), answer.body());
        assertTrue(answer.body().contains("Vi kunne ikke åbne Lærepladsklar"), answer.body());
        assertFalse(answer.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "no session for the victim");
    }

    private static String secretIn(CookieJar browser) {
        return browser.header().replaceAll(".*lpk_login_[^=]+=([^;]+).*", "$1");
    }

    private static CookieJar cookiesOf(HttpResponse<String> response) {
        CookieJar jar = new CookieJar();
        jar.receive(response.headers());
        return jar;
    }

    private HttpResponse<String> post(HtmlForm form, String... headers) throws Exception {
        return http.send(request(form, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(HtmlForm form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(form.action())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
