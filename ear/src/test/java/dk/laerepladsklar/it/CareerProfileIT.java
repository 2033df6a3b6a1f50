package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "Min profil" and the plan's PDF over HTTP, on WildFly with PostgreSQL: the student builds a profile from the plan
 * (weaknesses and support needs never in it), adds a photo of their work, publishes it and shares a link; the link
 * opens without any session (no cookie set) and shows the profile and the photo through the link's grant; each view
 * is counted for the student; revoking, expiry and withdrawing close it with a friendly page (410) and the photo is
 * refused; bad input is refused with a reason; the PDFs download with the words (æ, ø, å) in them; export and erasure
 * include the profile and its links. And in a fresh Chromium: the link opens, and after revoking shows the friendly page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CareerProfileIT {

    private static final String PLAN = "career-plan:plan";
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");
    private static final Pattern NEW_LINK = Pattern.compile("id=\"new-link\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LINK_ROW = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String STRENGTH = "Præcis på værkstedet";
    private static final String EXAMPLE = "Lågerne på mit skab i Ølstykke passede første gang.";
    private static final String SUPPORT = "Jeg er ordblind og får støtte fra SPS til at læse opgaver.";
    private static final String IMPROVE = "Jeg bliver nervøs, når jeg skal ringe til en mester.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private TusUploads tus;
    /** A company's browser: no cookies, no redirects followed. */
    private final HttpClient company = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    record Person(CookieJar jar, String lc, LaunchResult launch) {
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        tus = new TusUploads(tool.toolBase());
    }

    @Test
    void aPublishedProfileIsSharedViewedAndClosedAndItsPdfsHaveTheWords() throws Exception {
        String course = "course-5901";
        String link = place(course);
        Person sara = launchLink(course, link, "student-5901-1");
        Person ali = launchLink(course, link, "student-5901-2");
        Person hanne = launchLink(course, link, "teacher-5901");
        String placement = placementOf(sara);
        String api = "/api/careerplan/profile/" + placement;
        writePlan(sara, placement);

        // the plan's pages lead to the PDF and the profile
        String planPage = client.get(tool.toolBase() + "/careerplan/plan.xhtml?placement=" + placement + "&lc=" + sara.lc(),
                sara.jar()).body();
        assertTrue(planPage.contains("id=\"open-profile\"") && planPage.contains("/careerplan/profile.xhtml?placement=" + placement)
                && planPage.contains("/api/careerplan/plans/" + placement + "/pdf?lc=" + sara.lc() + "&amp;lang=da"), planPage);
        String reviewPage = client.get(tool.toolBase() + "/careerplan/review.xhtml?placement=" + placement
                + "&student=student-5901-1&lc=" + hanne.lc(), hanne.jar()).body();
        assertTrue(reviewPage.contains("/pdf?lc=" + hanne.lc() + "&amp;lang=en&amp;student=student-5901-1"), reviewPage);

        // the page drafts the profile from the plan: trade and area, nothing sensitive
        String page = profilePage(sara, placement);
        assertTrue(page.contains("Min profil") && page.contains("value=\"Tømrer\""), page);
        assertFalse(page.contains(SUPPORT) || page.contains(IMPROVE), "never on the profile page: " + page);

        // bad input: refused with a reason, nothing saved
        assertBack(form(sara, api, "strength1=" + enc("x".repeat(201)) + "&example1=e&trade=T&contact=c"),
                "refused=PROFILE_FIELD_TOO_LONG");
        assertBack(form(sara, api, "strength1=S&example1=" + enc("Ja. " + SUPPORT) + "&trade=T&contact=c"),
                "refused=PROFILE_SENSITIVE_TEXT");
        assertBack(form(sara, api, "strength1=S&example1=e&trade=T&contact=" + enc(IMPROVE)),
                "refused=PROFILE_SENSITIVE_TEXT");
        String missing = assertBack(form(sara, api, "strength1=" + enc("Hjælpsom") + "&example1=&trade=" + enc("Snedker")
                + "&contact=c"), "refused=PROFILE_EXAMPLE_MISSING");
        String kept = client.get(tool.toolBase() + missing.substring(missing.indexOf("/careerplan/")), sara.jar()).body();
        assertTrue(kept.contains("id=\"profile-typed\"") && kept.contains("value=\"Snedker\"") && kept.contains("value=\"Hjælpsom\"")
                && kept.contains("Giv et eksempel på hver styrke"), "nothing typed is lost: " + kept);
        assertFalse(profilePage(sara, placement).contains("value=\"Snedker\""), "shown once, not saved");
        assertBack(form(sara, api, "name=" + enc("a\nb") + "&trade=T"), "refused=PROFILE_FIELD_TOO_LONG");
        String back = assertBack(form(sara, api, "strength1=" + "x".repeat(40_000)), "refused=PROFILE_FIELD_TOO_LONG");
        String told = client.get(tool.toolBase() + back.substring(back.indexOf("/careerplan/")), sara.jar()).body();
        assertTrue(told.contains("id=\"profile-refused\"") && told.contains("Teksten er for lang"), "the page says why: " + told);
        assertEquals(List.of("0"), db("select count(*) from career_profile_strength s join career_profile p "
                + "on p.id = s.profile_id where p.student_subject = ?", "student-5901-1"));
        assertBack(form(sara, api + "/publish", ""), "refused=PROFILE_NEEDS_A_STRENGTH");
        assertBack(form(sara, api + "/links", ""), "refused=PROFILE_NOT_PUBLISHED");
        assertEquals(404, form(sara, "/api/careerplan/profile/" + java.util.UUID.randomUUID(), "trade=x").statusCode());
        assertEquals(404, form(sara, "/api/careerplan/profile/not-a-placement", "trade=x").statusCode());

        // the profile, a photo of the work, published
        assertBack(form(sara, api, "name=" + enc("Sara Ærø") + "&strength1=" + enc(STRENGTH) + "&example1=" + enc(EXAMPLE)
                + "&strength2=" + enc("Mødestabil") + "&example2=" + enc("Jeg kom til tiden hver dag i min praktik.")
                + "&trade=" + enc("Tømrer") + "&area=" + enc("Østjylland") + "&contact=" + enc("Tlf. 22 33 44 55\nsara@eksempel.dk")),
                "done=saved");
        String photo = upload(sara, "photo.jpg", "career-profile:work");
        assertEquals(403, tus.create(sara.jar(), sara.lc(), 100, Map.of("purpose", "show-work", "ref", "career-profile:other"))
                .statusCode(), "only the profile's work");
        assertEquals(403, tus.create(ali.jar(), ali.lc(), 100, Map.of("purpose", "voice-answer", "ref", "career-profile:work"))
                .statusCode(), "a photo of work, nothing else");
        assertBack(form(sara, api + "/publish", ""), "done=published");
        String state = call(sara, "GET", api, null, null).body();
        assertTrue(state.contains("\"published\":true") && state.contains("\"work\":\"" + photo + "\""), state);

        // a link: shown once; bad days refused
        assertBack(form(sara, api + "/links", "days=abc"), "refused=PROFILE_LINK_DAYS_OUT_OF_RANGE");
        assertBack(form(sara, api + "/links", "days=91"), "refused=PROFILE_LINK_DAYS_OUT_OF_RANGE");
        String secret = newLink(sara, placement, "");
        assertFalse(NEW_LINK.matcher(profilePage(sara, placement)).find(), "shown once only");
        assertEquals(List.of("t"), db("select (expires_at - created_at) = interval '30 days' from career_profile_link "
                + "where token_hash = ?", sha256(secret)));
        assertEquals(List.of("0"), db("select count(*) from career_profile_link where token_hash = ?", secret));

        // the company's view: no session, no cookie, the profile and the photo, nothing sensitive
        HttpResponse<String> shared = companyGet("/profile/" + secret, "da");
        assertEquals(200, shared.statusCode(), shared.body());
        assertPrivate(shared);
        assertTrue(shared.headers().allValues("set-cookie").isEmpty(), "no session: " + shared.headers().map());
        for (String expected : List.of("Sara Ærø", STRENGTH, "Lågerne på mit skab i Ølstykke passede første gang.",
                "Søger læreplads som Tømrer · Østjylland", "sara@eksempel.dk", "lang=\"da\"",
                "/api/media/items/" + photo + "?grant=" + secret)) {
            assertTrue(shared.body().contains(expected), expected + " in " + shared.body());
        }
        for (String never : List.of("ordblind", "SPS", "nervøs", "student-5901", "lc=")) {
            assertFalse(shared.body().contains(never), "a company must not see " + never);
        }
        HttpResponse<byte[]> image = companyBytes("/api/media/items/" + photo + "?grant=" + secret);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", image.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(image.headers().allValues("set-cookie").isEmpty());
        String english = companyGet("/profile/" + secret, "en-GB,en;q=0.9,da;q=0.5").body();
        assertTrue(english.contains("Looking for an apprenticeship as Tømrer") && english.contains("lang=\"en\""), english);
        assertTrue(call(sara, "GET", api, null, null).body().contains("\"views\":2"), "each view counted for the student");
        assertTrue(profilePage(sara, placement).contains("data-views=\"2\""));

        // another student: not her link, not her photo, not her plan
        String saraLink = linkIds(call(sara, "GET", api, null, null).body()).get(0);
        assertEquals(404, form(ali, "/api/careerplan/profile/" + placement + "/links/" + saraLink + "/revoke", "").statusCode());
        assertEquals(404, form(ali, "/api/careerplan/profile/" + placement + "/links/garbage/revoke", "").statusCode());
        assertEquals(404, call(ali, "GET", "/api/media/items/" + photo, null, null).statusCode());
        assertEquals(404, call(ali, "GET", "/api/careerplan/plans/" + placement + "/pdf", null, null, "&student=student-5901-1")
                .statusCode(), "a student reads no other student's plan");
        assertFalse(call(ali, "GET", api, null, null).body().contains(STRENGTH), "her own, empty profile");

        // the school's catalogue: its LMS administrators see published profiles, filtered by trade; nobody else.
        // An administrator launching from another course of the school: the work is theirs to see only through it.
        Person admin = launch("course-5904", "admin-5904");
        String catalogue = catalogue(admin, "");
        assertTrue(catalogue.contains("Sara Ærø") && catalogue.contains(STRENGTH)
                && catalogue.contains("/api/media/items/" + photo + "?lc=" + admin.lc()), catalogue);
        assertFalse(catalogue.contains("ordblind") || catalogue.contains("nervøs"), catalogue);
        assertTrue(catalogue(admin, "&trade=" + enc("tømrer")).contains("Sara Ærø"), "a trade in any case");
        String masons = catalogue(admin, "&trade=Murer");
        assertTrue(masons.contains("Ingen profiler") && !masons.contains("Sara Ærø"), masons);
        assertTrue(catalogue(admin, "&trade=" + "x".repeat(500)).contains("Sara Ærø"), "no trade is that long: all of them");
        assertEquals(200, call(admin, "GET", "/api/media/items/" + photo, null, null).statusCode(), "the admin sees the work");
        Person otherTeacher = launch("course-5904", "teacher-5904");
        assertEquals(404, call(otherTeacher, "GET", "/api/media/items/" + photo, null, null).statusCode());
        for (Person notAdmin : List.of(hanne, sara, ali, otherTeacher)) {
            assertEquals(403, client.get(tool.toolBase() + "/careerplan/profiles.xhtml?lc=" + notAdmin.lc(), notAdmin.jar())
                    .statusCode());
        }

        // the PDFs: the profile, the plan (whole for her, without support for the teacher)
        HttpResponse<byte[]> profilePdf = bytes(sara, api + "/pdf", "&lang=da");
        assertPdf(profilePdf, "min-profil.pdf");
        String profileText = pdfText(profilePdf.body());
        for (String expected : List.of("Sara Ærø", STRENGTH, "Lågerne på mit skab i Ølstykke passede første gang.",
                "Tømrer · Østjylland", "sara@eksempel.dk")) {
            assertTrue(profileText.contains(expected), expected + " in " + profileText);
        }
        assertFalse(profileText.contains("ordblind") || profileText.contains("nervøs"), profileText);
        try (PDDocument document = Loader.loadPDF(profilePdf.body())) {
            var resources = document.getPage(0).getResources();
            long images = 0;
            for (COSName name : resources.getXObjectNames()) {
                images += resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject ? 1 : 0;
            }
            assertEquals(1, images, "the photo of her work is printed on the page");
        }
        assertTrue(pdfText(bytes(sara, api + "/pdf", "&lang=en").body()).contains("Student profile"));
        assertEquals(400, bytes(sara, api + "/pdf", "&lang=de").statusCode());

        String planPdf = "/api/careerplan/plans/" + placement + "/pdf";
        HttpResponse<byte[]> own = bytes(sara, planPdf, "&lang=da");
        assertPdf(own, "karriereplan.pdf");
        String ownText = pdfText(own.body());
        assertTrue(ownText.contains("Min karriereplan") && ownText.contains("Jeg måler to gange og skærer én gang.")
                && ownText.contains(SUPPORT), ownText);
        String teachers = pdfText(bytes(hanne, planPdf, "&lang=en&student=student-5901-1").body());
        assertTrue(teachers.contains("My career plan") && teachers.contains("Jeg måler to gange og skærer én gang."), teachers);
        assertFalse(teachers.contains("ordblind"), "the support section is not shared with the teacher: " + teachers);
        assertEquals(404, bytes(hanne, planPdf, "&student=student-5901-9").statusCode());
        assertEquals(404, bytes(hanne, planPdf, "&student=" + enc("../../x")).statusCode());
        Person stranger = launch("course-5902", "teacher-5902");
        assertEquals(404, bytes(stranger, planPdf, "&student=student-5901-1").statusCode(), "another course");
        assertEquals(400, bytes(sara, planPdf, "&lang=" + "x".repeat(300)).statusCode());

        // revoked: a friendly page, 410, and the photo refused
        assertBack(form(sara, api + "/links/" + saraLink + "/revoke", ""), "done=revoked#links");
        HttpResponse<String> revoked = companyGet("/profile/" + secret, "da");
        assertEquals(410, revoked.statusCode());
        assertPrivate(revoked);
        assertTrue(revoked.body().contains("data-reason=\"revoked\"") && revoked.body().contains("Profilen er ikke delt længere"),
                revoked.body());
        assertFalse(revoked.body().contains(STRENGTH));
        assertEquals(404, companyBytes("/api/media/items/" + photo + "?grant=" + secret).statusCode());
        assertTrue(ServerLog.text().contains("PROFILE_LINK_REVOKED: the shared profile page shows why"));
        assertFalse(ServerLog.text().contains(secret), "the secret is never logged");

        // unknown and garbage links: 404 and a friendly page
        for (String bad : List.of("garbage", "A".repeat(43), secret + "x", "a".repeat(300), "%3Cscript%3E")) {
            HttpResponse<String> unknown = companyGet("/profile/" + bad, "da");
            assertEquals(404, unknown.statusCode(), bad);
            assertTrue(unknown.body().contains("data-reason=\"unknown\"") && unknown.body().contains("Linket er forkert"),
                    bad + ": " + unknown.body());
        }
        assertEquals(404, companyBytes("/api/media/items/" + photo + "?grant=" + "A".repeat(43)).statusCode());
        assertTrue(ServerLog.text().contains("PROFILE_LINK_UNKNOWN"));

        // expired (the row's expiry moved back): 410
        String second = newLink(sara, placement, "days=7");
        assertEquals(200, companyGet("/profile/" + second, "da").statusCode());
        db("update career_profile_link set expires_at = now() - interval '1 minute' where token_hash = ? returning id", sha256(second));
        HttpResponse<String> expired = companyGet("/profile/" + second, "da");
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("data-reason=\"expired\"") && expired.body().contains("Linket er udløbet"));
        assertEquals(404, companyBytes("/api/media/items/" + photo + "?grant=" + second).statusCode());
        assertTrue(ServerLog.text().contains("PROFILE_LINK_EXPIRED"));

        // withdrawn: every link closes
        String third = newLink(sara, placement, "");
        assertEquals(200, companyGet("/profile/" + third, "da").statusCode());
        assertBack(form(sara, api + "/withdraw", ""), "done=withdrawn");
        assertEquals(410, companyGet("/profile/" + third, "da").statusCode());
        assertEquals(List.of("WITHDRAWN"), db("select revoked_by from career_profile_link where token_hash = ?", sha256(third)));
        assertBack(form(sara, api + "/links", ""), "refused=PROFILE_NOT_PUBLISHED");
        // By her work's id, not her name: the catalogue is the school's (the demo platform every IT shares), and another
        // test's student of the same name may have a published profile there.
        assertFalse(catalogue(admin, "").contains("/api/media/items/" + photo), "a withdrawn profile leaves the catalogue");
        assertEquals(404, call(admin, "GET", "/api/media/items/" + photo, null, null).statusCode());

        // export and erasure: the profile, its links and views; the link dies with it
        assertBack(form(sara, api + "/publish", ""), "done=published");
        String fourth = newLink(sara, placement, "");
        assertEquals(200, companyGet("/profile/" + fourth, "da").statusCode());
        String platform = db("select platform_id::text from career_profile where student_subject = ?", "student-5901-1").get(0);
        HttpResponse<byte[]> export = admin("GET", platform, "student-5901-1");
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        assertTrue(json.contains("\"career-profile\"") && json.contains("Præcis på værkstedet") && json.contains("shared_links")
                && json.contains("\"views\": 1") && json.contains("\"revoked_by\": \"WITHDRAWN\""), json);
        assertFalse(json.contains(fourth) || json.contains(sha256(fourth)), "neither the secret nor its hash");
        assertEquals(200, admin("DELETE", platform, "student-5901-1").statusCode());
        assertEquals(List.of("0"), db("select count(*) from career_profile where student_subject = ?", "student-5901-1"));
        assertEquals(404, companyGet("/profile/" + fourth, "da").statusCode());
    }

    @Test
    void aFreshBrowserOpensTheLinkWithoutCookiesAndSeesTheFriendlyPageAfterRevoking() throws Exception {
        String course = "course-5903";
        String link = place(course);
        Person sara = launchLink(course, link, "student-5903-1");
        String placement = placementOf(sara);
        String api = "/api/careerplan/profile/" + placement;
        writePlan(sara, placement);
        profilePage(sara, placement);
        assertBack(form(sara, api, "strength1=" + enc(STRENGTH) + "&example1=" + enc(EXAMPLE) + "&trade=" + enc("Tømrer")
                + "&area=" + enc("Århus") + "&contact=" + enc("sara@eksempel.dk")), "done=saved");
        upload(sara, "photo.png", "career-profile:work");
        assertBack(form(sara, api + "/publish", ""), "done=published");
        String secret = newLink(sara, placement, "");

        ChromeDriver browser = Chromium.start(false, "da");
        try {
            // the student's own page on a phone, in her session: no sideways scroll
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.get(tool.toolBase() + "/not-launched.xhtml");
            for (String cookie : sara.jar().header().split(";\\s*")) {
                int eq = cookie.indexOf('=');
                browser.manage().addCookie(new org.openqa.selenium.Cookie(cookie.substring(0, eq), cookie.substring(eq + 1)));
            }
            browser.get(tool.toolBase() + "/careerplan/profile.xhtml?placement=" + placement + "&lc=" + sara.lc());
            assertTrue(browser.findElement(By.id("profile-status")).getText().contains("offentliggjort"));
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "no sideways scroll");
            shot(browser, "careerplan-profile-phone");
            browser.manage().deleteAllCookies();
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

            // a company's fresh browser: no cookie of the tool at all
            browser.get(tool.toolBase() + "/profile/" + secret);
            assertFalse(browser.findElements(By.id("profile-card")).isEmpty(), browser.getPageSource());
            assertTrue(browser.findElement(By.id("profile-card")).getText().contains(STRENGTH));
            assertTrue(browser.findElement(By.id("profile-seeks")).getText().contains("Tømrer"));
            Object width = browser.executeScript("return document.getElementById('shared-work-photo').naturalWidth");
            assertTrue(((Number) width).intValue() > 0, "the photo loads through the link");
            assertTrue(browser.manage().getCookies().isEmpty(), "no cookie: " + browser.manage().getCookies());
            shot(browser, "careerplan-profile-shared");
            String linkId = linkIds(call(sara, "GET", api, null, null).body()).get(0);
            assertBack(form(sara, api + "/links/" + linkId + "/revoke", ""), "done=revoked#links");
            browser.navigate().refresh();
            assertEquals("revoked", browser.findElement(By.id("link-closed")).getAttribute("data-reason"));
            assertTrue(browser.findElement(By.id("link-closed")).getText().contains("Profilen er ikke delt længere"));
            assertTrue(browser.findElements(By.id("profile-card")).isEmpty());
            assertTrue(browser.manage().getCookies().isEmpty());
            shot(browser, "careerplan-profile-no-longer-shared");
        } finally {
            browser.quit();
        }
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    // ---- the student's plan and profile

    private void writePlan(Person who, String placement) throws Exception {
        String plan = "/api/careerplan/plans/" + placement;
        assertEquals(200, call(who, "GET", plan, null, null).statusCode());
        assertEquals(200, call(who, "PUT", plan + "/sections/strengths", "Jeg måler to gange og skærer én gang.",
                "text/plain;charset=UTF-8").statusCode());
        assertEquals(200, call(who, "PUT", plan + "/sections/support", SUPPORT, "text/plain;charset=UTF-8").statusCode());
        assertEquals(200, call(who, "PUT", plan + "/sections/improve", IMPROVE, "text/plain;charset=UTF-8").statusCode());
        assertEquals(200, call(who, "PUT", plan + "/seek", "trade=" + enc("Tømrer") + "&area=" + enc("Østjylland"),
                "application/x-www-form-urlencoded").statusCode());
    }

    private String upload(Person who, String sample, String ref) throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve(sample));
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("show-work"));
        metadata.put("ref", ref);
        HttpResponse<String> created = tus.create(who.jar(), who.lc(), bytes.length, metadata);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> last = tus.patch(who.jar(), tus.uploadUrl(created, who.lc()), 0, bytes, 0, bytes.length);
        assertEquals(204, last.statusCode(), last.body());
        return last.headers().firstValue("Lpk-Media-Id").orElseThrow();
    }

    private String newLink(Person who, String placement, String body) throws Exception {
        assertBack(form(who, "/api/careerplan/profile/" + placement + "/links", body), "done=link#links");
        Matcher shown = NEW_LINK.matcher(profilePage(who, placement));
        assertTrue(shown.find());
        String address = shown.group(1);
        assertTrue(address.startsWith(tool.toolBase() + "/profile/"), address);
        return address.substring(address.lastIndexOf('/') + 1);
    }

    private String profilePage(Person who, String placement) throws Exception {
        HttpResponse<String> page = client.get(tool.toolBase() + "/careerplan/profile.xhtml?placement=" + placement
                + "&lc=" + who.lc(), who.jar());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private String catalogue(Person who, String query) throws Exception {
        HttpResponse<String> page = client.get(tool.toolBase() + "/careerplan/profiles.xhtml?lc=" + who.lc() + query, who.jar());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private static List<String> linkIds(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = LINK_ROW.matcher(json.substring(json.indexOf("\"links\"")));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    // ---- the company's requests: no cookies at all

    private HttpResponse<String> companyGet(String path, String language) throws Exception {
        return company.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> companyBytes(String path) throws Exception {
        return company.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertPrivate(HttpResponse<String> page) {
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
    }

    private static void assertPdf(HttpResponse<byte[]> pdf, String file) {
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"" + file + "\"", pdf.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    }

    /** The PDF's text as a reader's program extracts it, after checking every font is the embedded Atkinson. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage p : document.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    var font = p.getResources().getFont(name);
                    assertTrue(font.getName().contains("AtkinsonHyperlegible") && font.isEmbedded(), font.getName());
                }
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    // ---- helpers

    private String place(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(PLAN)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(PLAN);
    }

    private static String placementOf(Person student) {
        return student.launch().landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
    }

    private Person launchLink(String course, String link, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, "da", true);
        // the plan's own page is another part of the feature: here only where the launch lands matters
        assertTrue(result.landingUrl().contains("/careerplan/") && result.landingUrl().contains("lc="),
                user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private Person launch(String course, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private HttpResponse<String> call(Person who, String method, String path, String body, String type) throws Exception {
        return call(who, method, path, body, type, "");
    }

    private HttpResponse<String> call(Person who, String method, String path, String body, String type, String query)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc() + query))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return tus.send(request, who.jar());
    }

    private HttpResponse<byte[]> bytes(Person who, String path, String query) throws Exception {
        return tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc() + query)).GET(),
                who.jar());
    }

    private HttpResponse<String> form(Person who, String path, String body) throws Exception {
        return call(who, "POST", path, body, "application/x-www-form-urlencoded");
    }

    /** A profile form: back to the profile page (303) with this in its address. */
    private static String assertBack(HttpResponse<String> response, String outcome) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/careerplan/profile.xhtml?placement=") && location.contains("&" + outcome), location);
        return location;
    }

    private HttpResponse<byte[]> admin(String method, String platform, String subject) throws Exception {
        return company.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/" + subject))
                .header("Authorization", "Bearer " + AdminApi.TOKEN).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String studentJson(byte[] zip) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("student.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no student.json");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<String> db(String sql, String value) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, value);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
