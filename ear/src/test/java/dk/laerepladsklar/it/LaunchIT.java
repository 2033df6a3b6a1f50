package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.sql.Connection;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full launches from the demo LMS through the tool's real endpoints, on WildFly with PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void aStudentLandsOnMitForloebWithNameAndCourse() throws Exception {
        LaunchResult result = client.launch(new CookieJar(), "tomrer-gf2", "student-ali", "da", true);

        assertTrue(result.landed(), () -> "status " + result.status() + ": " + result.body());
        assertTrue(result.landingUrl().matches(".*/student/home\\.xhtml\\?lc=[A-Za-z0-9_-]{22}"), result.landingUrl());
        assertTrue(result.body().contains("Mit forløb"), result.body());
        assertTrue(result.body().contains("Hej Ali Hassan!"), result.body());
        assertTrue(result.body().contains("Tømrer GF2 – hold A"), result.body());
    }

    @Test
    void theLaunchLocaleChoosesEnglish() throws Exception {
        LaunchResult result = client.launch(new CookieJar(), "tomrer-gf2", "student-sofie", "en", true);

        assertTrue(result.body().contains("My course"), result.body());
        assertTrue(result.body().contains("Hi Sofie Jensen!"), result.body());
        assertFalse(result.body().contains("Mit forløb"));
    }

    @Test
    void aTeacherLandsOnTheClassPage() throws Exception {
        LaunchResult result = client.launch(new CookieJar(), "tomrer-gf2", "teacher-hanne", "da", true);

        assertTrue(result.landingUrl().matches(".*/teacher/class\\.xhtml\\?lc=[A-Za-z0-9_-]{22}"), result.landingUrl());
        assertTrue(result.body().contains("Klassen"), result.body());
        assertTrue(result.body().contains("Velkommen, Hanne Holm."), result.body());
    }

    @Test
    void aLaunchWithoutNameOrEmailStillWorks() throws Exception {
        LaunchResult result = client.launch(new CookieJar(), "tomrer-gf2", "student-mikkel", "da", false);

        assertTrue(result.landed(), result.body());
        assertTrue(result.body().contains("Hej!"), result.body());
        assertFalse(result.body().contains("Mikkel"));
    }

    @Test
    void theSessionKeepsWorkingAcrossPages() throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launch(browser, "tomrer-gf2", "student-emma", "da", true);

        HttpResponse<String> help = client.get(tool.toolBase() + LaunchContextParam.with("/student/help.xhtml", launch.landingUrl()), browser);
        HttpResponse<String> home = client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", launch.landingUrl()), browser);

        assertTrue(help.body().contains("Du er logget ind som Emma Larsen."), help.body());
        assertTrue(home.body().contains("Hej Emma Larsen!"), home.body());
    }

    @Test
    void aStudentCannotOpenTheTeachersPage() throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launch(browser, "tomrer-gf2", "student-ali", "da", true);

        HttpResponse<String> page = client.get(tool.toolBase() + LaunchContextParam.with("/teacher/class.xhtml", launch.landingUrl()), browser);

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Den side er for lærere"), page.body());
    }

    @Test
    void aPageWithoutItsLaunchContextOrWithAnotherSessionsOrAMadeUpOneAsksToOpenFromTheCourse() throws Exception {
        CookieJar ali = new CookieJar();
        LaunchResult alisLaunch = client.launch(ali, "tomrer-gf2", "student-ali", "da", true);
        CookieJar hanne = new CookieJar();
        LaunchResult hannesLaunch = client.launch(hanne, "tomrer-gf2", "teacher-hanne", "da", true);

        for (String path : List.of("/student/home.xhtml", "/student/home.xhtml?lc=",
                "/student/home.xhtml?lc=AAAAAAAAAAAAAAAAAAAAAA", "/student/home.xhtml?lc=%3Cscript%3E",
                "/student/home.xhtml?lc=" + "x".repeat(5000),
                LaunchContextParam.with("/teacher/class.xhtml", hannesLaunch.landingUrl()),
                LaunchContextParam.with("/student/home.xhtml", hannesLaunch.landingUrl()))) {
            HttpResponse<String> page = client.get(tool.toolBase() + path, ali);
            assertTrue(page.body().contains("Åbn Lærepladsklar fra dit forløb"), path + ": " + page.body());
            assertFalse(page.body().contains("Hanne") || page.body().contains("Ali Hassan"), path + ": " + page.body());
        }
        // Ali's own context still works beside it
        assertTrue(client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", alisLaunch.landingUrl()), ali)
                .body().contains("Hej Ali Hassan!"));
        // and the CSV export of another session's launch is refused too
        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with("/api/classroom/overview.csv",
                hannesLaunch.landingUrl()), ali).statusCode());
    }

    @Test
    void aSessionKeepsTheLatestTwentyLaunchesAndDropsTheOldest() throws Exception {
        CookieJar browser = new CookieJar();
        List<String> landings = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            LaunchResult launch = client.launch(browser, "tomrer-gf2", "student-ali", "da", true);
            assertTrue(launch.landed(), launch.body());
            landings.add(launch.landingUrl());
        }

        String oldest = client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", landings.get(0)), browser).body();
        String second = client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", landings.get(1)), browser).body();
        String newest = client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", landings.get(20)), browser).body();

        assertTrue(oldest.contains("Åbn Lærepladsklar fra dit forløb"), oldest);
        assertTrue(second.contains("Hej Ali Hassan!"), second);
        assertTrue(newest.contains("Hej Ali Hassan!"), newest);
    }

    @Test
    void aFormPostedFromAPageWhoseLaunchWasDroppedIsSentToOpenItAgain() throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launch(browser, "tomrer-gf2", "teacher-hanne", "da", true);
        String stale = tool.toolBase() + "/teacher/class.xhtml?lc=AAAAAAAAAAAAAAAAAAAAAA";
        String form = "overview=overview&overview%3Arefresh-roster=x&jakarta.faces.ViewState=" + "1%3A2";

        HttpResponse<String> posted = client.post(stale, form, browser);
        assertEquals(303, posted.statusCode(), posted.body());
        assertTrue(posted.headers().firstValue("location").orElse("").endsWith("/not-launched.xhtml"), posted.headers().toString());

        java.net.http.HttpRequest ajax = java.net.http.HttpRequest.newBuilder(java.net.URI.create(stale))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .header("Cookie", browser.header()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> partial = DemoLaunchClient.newHttpClient().send(ajax, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, partial.statusCode());
        assertTrue(partial.body().contains("<redirect url=\"") && partial.body().contains("/not-launched.xhtml\""), partial.body());

        // the same post in the live launch goes through
        HttpResponse<String> live = client.post(tool.toolBase() + LaunchContextParam.with("/teacher/class.xhtml", launch.landingUrl()),
                form, browser);
        assertTrue(live.statusCode() != 303 || !live.headers().firstValue("location").orElse("").contains("not-launched"),
                live.headers().toString());
    }

    @Test
    void anUnknownContextIsNeverEchoedBack() throws Exception {
        String hostile = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        for (String path : List.of("/other-role.xhtml?lc=" + hostile, "/student/home.xhtml?lc=" + hostile,
                "/student/help.xhtml?lc=" + hostile)) {
            HttpResponse<String> page = client.get(tool.toolBase() + path, new CookieJar());
            assertFalse(page.body().contains("alert(1)") || page.body().contains("lc="), path + ": " + page.body());
        }
    }

    @Test
    void aMentorSeesTheClassPageWithExactlyTheirMenteesAndNoActions() throws Exception {
        LaunchResult mentor = client.launch(new CookieJar(), "tomrer-gf2", "mentor-bente", "da", true);

        assertTrue(mentor.landingUrl().matches(".*/teacher/class\\.xhtml\\?lc=[A-Za-z0-9_-]{22}"), mentor.landingUrl());
        assertTrue(mentor.body().contains("Du er mentor i kurset"), mentor.body());
        assertTrue(mentor.body().contains("data-subject=\"student-ali\""), mentor.body());
        assertTrue(mentor.body().contains("data-subject=\"student-sofie\""), mentor.body());
        assertFalse(mentor.body().contains("student-mikkel") || mentor.body().contains("student-emma"), mentor.body());
        assertFalse(mentor.body().contains("refresh-roster") || mentor.body().contains("export-csv"), mentor.body());
    }

    @Test
    void aMentorCannotOpenStudentOrTeacherOnlyPages() throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult mentor = client.launch(browser, "tomrer-gf2", "mentor-bente", "da", true);

        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", mentor.landingUrl()), browser).statusCode());
        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with("/teacher/select-content.xhtml", mentor.landingUrl()), browser).statusCode());
        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with("/api/classroom/overview.csv", mentor.landingUrl()), browser).statusCode());
    }

    @Test
    void anObserverLandsOnAPageSayingWhatTheyCanDoInTheirLanguage() throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult observer = client.launch(browser, "tomrer-gf2", "observer-karin", "da", true);

        assertTrue(observer.landingUrl().matches(".*/other-role\\.xhtml\\?lc=[A-Za-z0-9_-]{22}"), observer.landingUrl());
        assertTrue(observer.body().contains("Velkommen til Lærepladsklar"), observer.body());
        assertTrue(observer.body().contains("Tømrer GF2 – hold A"), observer.body());
        assertTrue(observer.body().contains("Intet, du gør her, bliver gemt"), observer.body());
        HttpResponse<String> home = client.get(tool.toolBase() + LaunchContextParam.with("/student/home.xhtml", observer.landingUrl()), browser);
        assertTrue(home.body().contains("Velkommen til Lærepladsklar"), home.body());
        assertFalse(home.body().contains("Mit forløb</h1>"), home.body());

        LaunchResult english = client.launch(new CookieJar(), "tomrer-gf2", "observer-karin", "en", true);
        assertTrue(english.body().contains("Welcome to Lærepladsklar"), english.body());
    }

    @Test
    void pagesWithoutALaunchAskToOpenFromTheCourse() throws Exception {
        HttpResponse<String> page = client.get(tool.toolBase() + "/student/home.xhtml", new CookieJar());

        assertTrue(page.body().contains("Åbn Lærepladsklar fra dit forløb"), page.body());
    }

    @Test
    void aReplayedLaunchIsRefusedWithAFriendlyPage() throws Exception {
        CookieJar browser = new CookieJar();
        HtmlForm launch = client.authorize(browser, "tomrer-gf2", "student-ali");
        CookieJar copy = browser.copy();

        assertTrue(client.postLaunch(browser, launch).landed());
        LaunchResult replay = client.postLaunch(copy, launch);

        assertEquals(401, replay.status());
        assertTrue(replay.body().contains("NONCE_REPLAYED"), replay.body());
        assertTrue(replay.body().contains("Vi kunne ikke åbne Lærepladsklar"), replay.body());
    }

    @Test
    void aStateFromAnotherBrowserIsRefused() throws Exception {
        HtmlForm launch = client.authorize(new CookieJar(), "tomrer-gf2", "student-ali");

        LaunchResult stolen = client.postLaunch(new CookieJar(), launch);

        assertEquals(401, stolen.status());
        assertTrue(stolen.body().contains("BROWSER_MISMATCH"), stolen.body());
    }

    @Test
    void withoutTheCookieTheSecretFromStorageCompletesTheLaunch() throws Exception {
        CookieJar browser = new CookieJar();
        HtmlForm launch = client.authorize(browser, "tomrer-gf2", "student-ali");
        String secret = browser.header().replaceAll(".*lpk_login_[^=]+=([^;]+).*", "$1");

        HttpResponse<String> recovery = client.post(launch.action(), launch.encoded(), new CookieJar());
        assertEquals(200, recovery.statusCode());
        assertTrue(recovery.body().contains("lti.get_data"), recovery.body());
        HtmlForm relaunch = HtmlForm.parse(recovery.body()).with("lti_storage_secret", secret);
        // The recovery page posts from the tool's own origin; the browser says so (LoginCsrfIT: nothing else may).
        HttpResponse<String> launched = DemoLaunchClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(relaunch.action()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(relaunch.encoded())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, launched.statusCode(), launched.body());
        CookieJar signedIn = new CookieJar();
        signedIn.receive(launched.headers());
        HttpResponse<String> landing = client.get(launched.headers().firstValue("location").orElseThrow(), signedIn);

        assertTrue(landing.body().contains("Hej Ali Hassan!"), landing.body());
    }

    @Test
    void theRegistrationAndTheToolKeyAreStoredInPostgres() throws Exception {
        client.launch(new CookieJar(), "tomrer-gf2", "student-ali", "da", true);
        HttpResponse<String> jwks = client.get(tool.toolBase() + "/api/lti/jwks", null);

        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             ResultSet platforms = db.createStatement().executeQuery(
                     "select count(*) from lti_platform p join lti_deployment d on d.platform_id = p.id "
                             + "where p.client_id = 'lpk-demo-client' and d.deployment_id = 'demo-deployment-1'");
             ResultSet keys = db.createStatement().executeQuery(
                     "select count(*) from lti_tool_key where retired_at is null")) {
            platforms.next();
            keys.next();
            assertEquals(1, platforms.getInt(1));
            assertTrue(keys.getInt(1) >= 1);
            assertTrue(jwks.body().contains("\"kty\":\"RSA\""), jwks.body());
            assertFalse(jwks.body().contains("\"d\":"), "the JWKS must not publish the private key");
        }
    }
}
