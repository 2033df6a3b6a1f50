package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The student's "Min karriereplan" over HTTP through the demo LMS, on WildFly with PostgreSQL: a teacher places the
 * career plan with Deep Linking; a student lands on their plan, writes sections, trade and area and next steps through
 * the page's JSON calls, sends it (and is told when nothing changed since), shares the support section, answers a
 * section by voice through the media store's tus upload, and compares two versions. Bad input is refused with the
 * plan unchanged: an unknown section, too long a text or body, bad dates, another course's or school's launch, a
 * mentor or an observer. The plan is one per student per school: opened from a second course it is the same plan.
 * And in headless Chromium at a phone's width: writing (saved by itself), a voice answer, a step with a date, sending,
 * and axe on the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CareerPlanIT {

    private static final String PLAN = "career-plan:plan";
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String TEXT = "text/plain; charset=UTF-8";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform otherSchool;
    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeAll
    static void registerAnotherSchool() {
        otherSchool = TestPlatform.start("plan-school").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopTheOtherSchool() {
        otherSchool.close();
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    /** Someone with a launch: their browser's cookies, the launch context and the placement they work in. */
    private record Person(CookieJar jar, String lc, String placement, String landing, String page) {
    }

    @Test
    void aStudentWritesTheirPlanByTextAndVoiceSendsItAndComparesTwoVersions() throws Exception {
        String course = "course-6801";
        String link = place(course);
        Person ali = open(course, link, "student-6801-1");
        assertTrue(ali.landing().contains("/careerplan/plan.xhtml?placement="), ali.landing());
        String page = ali.page();
        assertTrue(page.contains("id=\"plan-title\"") && page.contains("Min karriereplan"), page);
        assertTrue(page.contains("Planen er din. Det er kun dig, der skriver i den."), "the plan is theirs: " + page);
        assertTrue(page.contains("ser de kun, hvis du selv vælger at dele det"), "who reads it, said plainly");
        assertTrue(page.contains("Hvem jeg er, og hvad jeg er god til") && page.contains("Den hjælp jeg har brug for"));
        assertTrue(page.contains("lpk-read-aloud"), "the sections can be read aloud");
        assertTrue(page.contains("Eksempel:</strong> Jeg er præcis."), "an example from a real trade");
        assertTrue(page.contains("data-purpose=\"voice-answer\"") && page.contains("data-ref=\"career-plan:strengths\""), page);
        assertTrue(page.contains("Du kan læse din plan uden JavaScript"), "the page says what needs JavaScript");
        assertEquals("Ikke startet", text(page, "plan-state"));
        assertFalse(shareBox(page).contains("checked"), "support is not shared by default: " + shareBox(page));

        // sections, trade and area, steps: each call answers the plan as it now stands
        String strengths = "Jeg er præcis. Eksempel: Jeg målte alle brædder to gange på værkstedet.";
        Plan plan = json(ok(put(ali, "/sections/strengths", TEXT, strengths)));
        assertEquals(strengths, plan.text("strengths"));
        assertEquals("DRAFT", plan.string("state"));
        assertEquals("Kladde", plan.string("stateText"));
        ok(put(ali, "/sections/support", TEXT, "Jeg er ordblind og bruger oplæsning."));
        plan = json(ok(put(ali, "/seek", FORM, "trade=" + enc("Tømrer") + "&area=" + enc("Aarhus og 40 km omkring"))));
        assertEquals("Tømrer", plan.string("trade"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        plan = json(ok(send(ali, "POST", "/steps", FORM, "text=" + enc("Ring til tre tømrermestre") + "&due=" + today.plusDays(7))));
        plan = json(ok(send(ali, "POST", "/steps", FORM, "text=" + enc("Opret min profil på lærepladsen.dk") + "&due=2020-01-15")));
        assertEquals(2, plan.steps().size());
        Plan late = plan.step(1);
        assertTrue(late.bool("overdue"), "a step whose date has passed is overdue");
        assertFalse(plan.step(0).bool("overdue"));
        String firstStep = plan.step(0).string("id");
        plan = json(ok(put(ali, "/steps/" + firstStep, FORM, "text=" + enc("Ring til fem tømrermestre") + "&due=" + today.plusDays(8))));
        assertEquals("Ring til fem tømrermestre", plan.step(0).string("text"));
        plan = json(ok(send(ali, "POST", "/steps/" + firstStep + "/done", FORM, "done=true")));
        assertTrue(plan.step(0).bool("done"));
        String extra = json(ok(send(ali, "POST", "/steps", FORM, "text=Slettes&due=" + today))).step(2).string("id");
        assertEquals(2, json(ok(send(ali, "DELETE", "/steps/" + extra, null, null))).steps().size());

        page = page(ali, "");
        assertTrue(page.contains(strengths), "the page shows what was written, without JavaScript too");
        assertTrue(page.matches("(?s).*<li id=\"step-" + late.string("id") + "\" class=\"lpk-cp-step lpk-cp-overdue.*"),
                "the overdue step is marked: " + page);
        assertTrue(page.contains("Datoen er overskredet"), "overdue in words, not only colour");
        assertTrue(page.contains("Ring til fem tømrermestre"));

        // sending, and sending again with nothing changed
        plan = json(ok(send(ali, "POST", "/send", null, null)));
        assertEquals("SENT", plan.string("state"));
        assertEquals(1, plan.number("versionsSent"));
        assertRefused(send(ali, "POST", "/send", null, null), "PLAN_UNCHANGED",
                "Du har ikke ændret noget, siden du sendte planen sidst.");

        // what teachers and mentors write shows beside the section it is about, signed with name and role (written
        // here straight into the tables: the teacher's side has its own tests)
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement comment = db.prepareStatement("insert into career_plan_comment (id, plan_id, version_number, "
                     + "section, author_subject, author_name, author_role, comment_text, written_at) select ?, id, 1, ?, "
                     + "'teacher-6801', ?, ?, ?, now() from career_plan where student_subject = 'student-6801-1'");
             PreparedStatement note = db.prepareStatement("insert into career_plan_class_note (id, platform_id, context_id, "
                     + "section, author_subject, author_name, note_text, written_at) select ?, platform_id, 'course-6801', "
                     + "'IMPROVE', 'teacher-6801', 'Lærer 6801', 'Husk et eksempel fra værkstedet.', now() "
                     + "from career_plan where student_subject = 'student-6801-1'")) {
            Object[][] comments = {{"STRENGTHS", "Lærer 6801", "TEACHER", "Godt eksempel! Skriv også, hvad du lærte."},
                {"STRENGTHS", "Mentor 6801", "MENTOR", "Enig, det er en styrke."}, {null, "Lærer 6801", "TEACHER", "Flot start."}};
            for (Object[] c : comments) {
                comment.setObject(1, UUID.randomUUID());
                comment.setObject(2, c[0]);
                comment.setString(3, (String) c[1]);
                comment.setString(4, (String) c[2]);
                comment.setString(5, (String) c[3]);
                assertEquals(1, comment.executeUpdate());
            }
            note.setObject(1, UUID.randomUUID());
            assertEquals(1, note.executeUpdate());
        }
        page = page(ali, "");
        String beside = text(page, "beside-strengths");
        assertTrue(beside.contains("Godt eksempel! Skriv også, hvad du lærte.") && beside.contains("Lærer 6801, lærer")
                && beside.contains("til version 1"), beside);
        assertTrue(beside.contains("Mentor 6801, mentor") && beside.contains("Enig, det er en styrke."), beside);
        assertTrue(text(page, "beside-improve").contains("Til hele holdet") && text(page, "beside-improve")
                .contains("Husk et eksempel fra værkstedet."), page);
        assertTrue(text(page, "beside-plan").contains("Flot start."), "a comment on the whole plan beside sending");
        assertFalse(page.contains("id=\"beside-wishes\""), "no comment box where nobody commented");

        // sharing the support section: off by default, on by the student's choice, and said who sees it
        plan = json(ok(put(ali, "/support-shared", TEXT, "true")));
        assertTrue(plan.bool("supportShared"));
        page = page(ali, "");
        assertTrue(page.contains("Lige nu: Din lærer, praktikpladskonsulenten og din mentor kan se dette afsnit."), page);
        assertTrue(shareBox(page).contains("checked=\"checked\""), shareBox(page));
        assertTrue(page.contains("skolens praktikpladskonsulenter og din mentor kan læse afsnittet"), page);
        assertTrue(page.contains("Det kommer aldrig med i din profil til virksomheder."), page);

        // a voice answer by tus becomes the section's voice
        byte[] voice = Files.readAllBytes(SAMPLES.resolve("voice.webm"));
        String mediaId = upload(ali, "career-plan:strengths", voice);
        plan = json(ok(send(ali, "GET", "", null, null)));
        String voiceUrl = plan.voice("strengths");
        assertTrue(voiceUrl.contains(mediaId) && voiceUrl.contains("lc=" + ali.lc()), voiceUrl);
        assertTrue(plan.bool("unsentChanges"), "a new voice answer is a change to send");
        HttpResponse<byte[]> played = HTTP.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + voiceUrl.substring(
                voiceUrl.indexOf("/api/")))).header("Cookie", ali.jar().header()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, played.statusCode(), "the student plays their voice answer");
        page = page(ali, "");
        assertTrue(page.contains("id=\"voice-answer-strengths\""), page);
        // a voice answer for a section that is not one, or for another feature's purpose, is refused before any byte
        TusUploads tus = new TusUploads(tool.toolBase());
        assertEquals(403, tus.create(ali.jar(), ali.lc(), 1000, Map.of("purpose", "voice-answer", "ref", "career-plan:hobbies"))
                .statusCode());
        assertNotEquals(201, tus.create(ali.jar(), ali.lc(), 1000, Map.of("purpose", "recording", "ref", "career-plan:strengths"))
                .statusCode());

        // a second version, and what changed, highlighted with words for screen readers
        ok(put(ali, "/sections/strengths", TEXT, strengths + " Jeg er også god til at lytte."));
        plan = json(ok(send(ali, "POST", "/send", null, null)));
        assertEquals(2, plan.number("versionsSent"));
        page = page(ali, "");
        assertTrue(page.contains("id=\"version-2\"") && page.contains("id=\"version-1\""), page);
        assertTrue(page.contains("id=\"compare-2\""), "version 2 can be compared with version 1");
        assertFalse(page.contains("id=\"compare-1\""), "version 1 has no previous one");
        String compared = page(ali, "&compare=2");
        assertTrue(compared.contains("id=\"compare\""), compared);
        String diff = text(compared, "change-strengths");
        assertTrue(diff.contains("Tilføjet:") && diff.contains("Jeg er også god til at lytte."), diff);
        assertTrue(compared.contains("<ins><span class=\"lpk-cp-sr\">Tilføjet: </span>"), compared);
        assertTrue(compared.contains("Stemmesvaret er nyt eller slettet."), "the new voice answer shows as a change");
        assertFalse(compared.contains("id=\"change-improve\""), "an unchanged section is not listed");
        for (String bad : List.of("1", "3", "0", "x", "-1")) {
            assertFalse(page(ali, "&compare=" + bad).contains("id=\"compare\""), "no comparison for " + bad);
        }

        // removing the voice answer deletes the recording
        plan = json(ok(send(ali, "DELETE", "/sections/strengths/voice", null, null)));
        assertFalse(plan.voice("strengths") != null);
        assertEquals(0, count("select count(*) from media_item where id = ?", UUID.fromString(mediaId)));
        assertEquals(strengths + " Jeg er også god til at lytte.",
                plan.text("strengths"), "the words stay");

        // a classmate who has written nothing cannot send
        Person sofie = open(course, link, "student-6801-2");
        assertRefused(send(sofie, "POST", "/send", null, null), "PLAN_EMPTY", "Skriv noget i din plan, før du sender den.");

        // in English, the same page and refusals in the launch's language
        Person english = open(course, link, "student-6801-3", "en");
        assertTrue(english.page().contains("My career plan") && english.page().contains("The plan is yours."), english.page());
        assertRefused(send(english, "POST", "/send", null, null), "PLAN_EMPTY", "Write something in your plan before you send it.");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
        String course = "course-6802";
        String link = place(course);
        Person student = open(course, link, "student-6802-1");
        ok(put(student, "/sections/strengths", TEXT, "Jeg er stabil."));

        assertEquals(404, put(student, "/sections/hobbies", TEXT, "Fodbold").statusCode(), "an unknown section");
        assertEquals(404, send(student, "DELETE", "/sections/hobbies/voice", null, null).statusCode());
        assertRefused(put(student, "/sections/strengths", TEXT, "ø".repeat(5000)), "PLAN_TEXT_TOO_LONG",
                "Teksten er for lang. Et afsnit må højst være 4000 tegn. Din tekst er ikke gemt: gør den kortere, og prøv igen.");
        assertRefused(put(student, "/sections/strengths", TEXT, "a".repeat(40 * 1024)), "PLAN_TEXT_TOO_LONG", null);
        assertRefused(put(student, "/seek", FORM, "trade=" + "t".repeat(40 * 1024)), "PLAN_FIELD_TOO_LONG", null);
        assertRefused(put(student, "/seek", FORM, "trade=" + "t".repeat(121)), "PLAN_FIELD_TOO_LONG",
                "Skriv fag og område på én linje med højst 120 tegn.");
        assertRefused(send(student, "POST", "/steps", FORM, "text=Ring&due=2026-13-45"), "PLAN_STEP_DATE_OUT_OF_RANGE",
                "Datoen ser forkert ud. Vælg en dato i kalenderen.");
        assertRefused(send(student, "POST", "/steps", FORM, "text=Ring&due=1999-12-31"), "PLAN_STEP_DATE_OUT_OF_RANGE", null);
        assertRefused(send(student, "POST", "/steps", FORM, "text=Ring&due=" + enc("<script>")), "PLAN_STEP_DATE_OUT_OF_RANGE", null);
        assertRefused(send(student, "POST", "/steps", FORM, "text=Ring"), "PLAN_STEP_DATE_MISSING", "Vælg en dato for skridtet.");
        assertRefused(send(student, "POST", "/steps", FORM, "text=&due=2026-12-11"), "PLAN_STEP_TEXT_MISSING", null);
        assertRefused(send(student, "POST", "/steps", FORM, "text=" + "x".repeat(301) + "&due=2026-12-11"),
                "PLAN_STEP_TEXT_TOO_LONG", null);
        assertRefused(send(student, "POST", "/steps", FORM, "text=" + "x".repeat(40 * 1024) + "&due=2026-12-11"),
                "PLAN_STEP_TEXT_TOO_LONG", null);
        assertRefused(put(student, "/steps/" + UUID.randomUUID(), FORM, "text=Ring&due=2026-12-11"), "PLAN_UNKNOWN_STEP", null);
        assertRefused(send(student, "POST", "/steps/no-such-step/done", FORM, "done=true"), "PLAN_UNKNOWN_STEP", null);
        assertEquals(400, put(student, "/support-shared", TEXT, "maybe").statusCode());

        Plan plan = json(ok(send(student, "GET", "", null, null)));
        assertEquals("Jeg er stabil.", plan.text("strengths"),
                "nothing of the refused text was saved");
        assertEquals(0, plan.steps().size(), "no refused step was saved");
        assertEquals("", plan.string("trade"));
        assertFalse(plan.bool("supportShared"));

        // the wrong placement, or none, or no launch
        assertEquals(404, call(student, "not-a-uuid", "PUT", "/sections/strengths", TEXT, "Hej").statusCode());
        assertEquals(404, call(student, UUID.randomUUID().toString(), "PUT", "/sections/strengths", TEXT, "Hej").statusCode());
        Person noLaunch = new Person(student.jar(), "", student.placement(), "", "");
        assertEquals(404, put(noLaunch, "/sections/strengths", TEXT, "Hej").statusCode());

        // a student of another course, with their own launch, on this course's placement
        Person stranger = open("course-6803", place("course-6803"), "student-6803-1");
        assertEquals(404, call(stranger, student.placement(), "PUT", "/sections/strengths", TEXT, "Hej").statusCode());
        assertEquals(404, call(stranger, student.placement(), "GET", "", null, null).statusCode());
        assertTrue(page(new Person(stranger.jar(), stranger.lc(), student.placement(), "", ""), "").contains("id=\"not-found\""));

        // the student's mentor and the course's observer read nothing here and write nothing
        for (String visitor : List.of("mentor-6802", "observer-6802")) {
            CookieJar jar = new CookieJar();
            LaunchResult launch = client.launch(jar, course, visitor, "da", true);
            Person person = new Person(jar, LaunchContextParam.of(launch.landingUrl()), student.placement(), "", "");
            assertEquals(404, put(person, "/sections/strengths", TEXT, "Skrevet af en anden").statusCode(), visitor);
            assertEquals(404, send(person, "POST", "/send", null, null).statusCode(), visitor);
            HttpResponse<String> shown = client.get(tool.toolBase() + "/careerplan/plan.xhtml?placement=" + student.placement()
                    + "&lc=" + person.lc(), jar);
            assertFalse(shown.body().contains("Jeg er stabil."), visitor + " does not see the student's plan");
        }

        // a student of another school with the same ids: nothing of this school's plan
        LtiBrowser foreign = LtiBrowser.at(url);
        LtiBrowser.Login login = foreign.login(otherSchool, "student-6802-1");
        LaunchResult elsewhere = foreign.launch(login, otherSchool.learner(course).with("sub", "student-6802-1")
                .forLogin(login).signedBy(otherSchool.key()));
        assertTrue(elsewhere.landed(), elsewhere.body());
        Person other = new Person(login.cookies(), LaunchContextParam.of(elsewhere.landingUrl()), student.placement(), "", "");
        assertEquals(404, send(other, "GET", "", null, null).statusCode());
        assertEquals(404, put(other, "/sections/strengths", TEXT, "Fra en anden skole").statusCode());
        String otherPage = client.get(tool.toolBase() + "/careerplan/plan.xhtml?placement=" + student.placement() + "&lc="
                + other.lc(), other.jar()).body();
        assertFalse(otherPage.contains("Jeg er stabil."), otherPage);

        assertEquals("Jeg er stabil.", json(ok(send(student, "GET", "", null, null))).text("strengths"), "the plan is as the student left it");
        assertEquals(1, count("select count(*) from career_plan where student_subject = ?", "student-6802-1"),
                "one plan at this school; the other school's launch made none here");
    }

    @Test
    void theSameStudentOpensTheSamePlanFromASecondCourse() throws Exception {
        String student = "student-680401";
        Person first = open("course-6804", place("course-6804"), student);
        ok(put(first, "/sections/wishes", TEXT, "Jeg vil være tømrer på et lille værksted."));
        ok(send(first, "POST", "/send", null, null));
        Person second = open("course-6805", place("course-6805"), student);
        assertNotEquals(first.placement(), second.placement());
        assertTrue(second.page().contains("Jeg vil være tømrer på et lille værksted."), second.page());
        assertEquals("Sendt til feedback", text(second.page(), "plan-state"));
        Plan plan = json(ok(send(second, "GET", "", null, null)));
        assertEquals(1, plan.number("versionsSent"));
        assertEquals(1, count("select count(*) from career_plan where student_subject = ?", student));
        assertEquals(2, count("select count(*) from career_plan_placement l join career_plan p on p.id = l.plan_id "
                + "where p.student_subject = ?", student), "the plan is tied to both courses' placements");
    }

    @Test
    void onAPhoneAStudentWritesRecordsAddsAStepAndSends() throws Exception {
        String course = "course-6806";
        String link = place(course);
        ChromeDriver browser = Chromium.withFakeCameraAndMicrophone();
        JavascriptExecutor js = browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            // The student's launch from the LMS, then the tool's page on its own at a phone's width (as a phone opens
            // the tool in a tab of its own), so the screenshots show the page and nothing of the LMS around it.
            CookieJar jar = new CookieJar();
            LaunchResult launch = client.launchLink(jar, course, link, "student-6806-1", "da", true);
            browser.get(tool.toolBase() + "/not-launched.xhtml");
            for (String cookie : jar.header().split(";\\s*")) {
                int eq = cookie.indexOf('=');
                browser.manage().addCookie(new org.openqa.selenium.Cookie(cookie.substring(0, eq), cookie.substring(eq + 1)));
            }
            browser.get(launch.landingUrl().startsWith("http") ? launch.landingUrl() : tool.toolBase() + launch.landingUrl());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-title")));
            wait.until(d -> "yes".equals(js.executeScript("return document.getElementById('plan-page').getAttribute('data-ready')")));
            assertNoSidewaysScroll(js, "the plan");
            shot(browser, "plan-start");
            assertFalse(browser.findElement(By.id("error-strengths")).isDisplayed(), "no error box before an error");

            // writing: saved by itself, a calm "Gemt" in the field's status
            browser.findElement(By.id("text-strengths")).sendKeys("Jeg er præcis. Eksempel: Jeg målte to gange, "
                    + "og lågerne passede første gang.");
            wait.until(d -> text(js, "status-strengths").startsWith("Gemt kl."));
            assertEquals("status", js.executeScript("return document.getElementById('status-strengths').getAttribute('role')"));

            // too long: the server's sentence beside the field, the text kept
            js.executeScript("var t = document.getElementById('text-improve'); t.value = 'x'.repeat(4100);"
                    + "t.dispatchEvent(new Event('input')); t.blur();");
            wait.until(d -> text(js, "error-improve").contains("Teksten er for lang"));
            assertEquals(4100L, js.executeScript("return document.getElementById('text-improve').value.length"));
            assertEquals("true", js.executeScript("return document.getElementById('text-improve').getAttribute('aria-invalid')"));
            js.executeScript("var t = document.getElementById('text-improve'); t.value = 'Jeg vil øve mig i at ringe.';"
                    + "t.dispatchEvent(new Event('input')); t.blur();");
            wait.until(d -> text(js, "status-improve").startsWith("Gemt kl."));
            assertTrue((Boolean) js.executeScript("return document.getElementById('error-improve').hidden"));

            // a voice answer with the fake microphone (the limit shortened to 2 s)
            js.executeScript("document.getElementById('voice-strengths').setAttribute('data-max-seconds', '2');"
                    + "document.getElementById('voice-start-strengths').scrollIntoView();");
            browser.findElement(By.id("voice-start-strengths")).click();
            wait.until(d -> "recorded".equals(js.executeScript(
                    "return document.getElementById('voice-strengths').getAttribute('data-state')")));
            browser.findElement(By.id("voice-use-strengths")).click();
            wait.until(d -> (Boolean) js.executeScript("return document.getElementById('voice-answer-strengths') !== null"));
            assertTrue(text(js, "voice-status-strengths").contains("Dit stemmesvar er gemt."), text(js, "voice-status-strengths"));
            assertEquals("voice-answer-strengths", js.executeScript("return document.activeElement.id"),
                    "the focus lands on the saved answer's player");
            shot(browser, "plan-voice");

            // next steps with dates: one ahead, one already passed (highlighted, with words)
            addStep(browser, js, wait, "Ring til tre tømrermestre", LocalDate.now().plusDays(5).toString(), 1);
            assertEquals("step-text", js.executeScript("return document.activeElement.id"), "ready for the next step");
            addStep(browser, js, wait, "Opret min profil på lærepladsen.dk", "2020-01-15", 2);
            assertTrue((Boolean) js.executeScript("return document.querySelectorAll('#step-list .lpk-cp-overdue').length === 1"));
            assertTrue(text(js, "step-list").contains("Datoen er overskredet"));
            js.executeScript("document.getElementById('steps').scrollIntoView();");
            assertNoSidewaysScroll(js, "the steps");
            shot(browser, "plan-steps");

            // sending: the page again with the first version
            js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');"
                    + "document.getElementById('send-button').scrollIntoView();");
            browser.findElement(By.id("send-button")).click();
            wait.until(d -> (Boolean) js.executeScript("return !document.documentElement.hasAttribute('data-lpk-left')"
                    + " && document.getElementById('sent-note') !== null"));
            wait.until(d -> "send".equals(js.executeScript("return document.activeElement.id")));
            assertEquals("Sendt til feedback", text(js, "plan-state"));
            assertTrue(text(js, "version-list").contains("Version 1"));
            assertNoSidewaysScroll(js, "after sending");
            shot(browser, "plan-sent");
            fullShot(browser, js, "plan-full");

            // sending again, unchanged: said beside the button
            wait.until(d -> (Boolean) js.executeScript("return document.getElementById('plan-page').getAttribute('data-ready') === 'yes'"));
            browser.findElement(By.id("send-button")).click();
            wait.until(d -> text(js, "send-error").contains("Du har ikke ændret noget"));

            AxeAudit axe = new AxeAudit(browser);
            axe.check("career-plan-phone", false);
            System.out.println(axe.summary());
            assertTrue(axe.blocking().isEmpty(), String.join("\n", axe.blocking()));
        } finally {
            browser.quit();
        }
    }

    // ---- helpers

    private static void addStep(ChromeDriver browser, JavascriptExecutor js, WebDriverWait wait, String words, String due,
                                int expected) {
        browser.findElement(By.id("step-text")).sendKeys(words);
        js.executeScript("document.getElementById('step-due').value = arguments[0];", due);
        browser.findElement(By.id("step-add")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#step-list > li"), expected));
        wait.until(d -> text(js, "step-status").contains("Skridtet er tilføjet."));
    }

    private static String shareBox(String page) {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input type=\"checkbox\" id=\"support-shared\"[^>]*>")
                .matcher(page);
        assertTrue(box.find(), page);
        return box.group();
    }

    /** The teacher's Deep Linking choice of the career plan in a course; the link's id. */
    private String place(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        assertTrue(picker.body().contains("Min karriereplan"), "the picker offers the career plan");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(PLAN)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(PLAN);
    }

    private Person open(String course, String link, String user) throws Exception {
        return open(course, link, user, "da");
    }

    private Person open(String course, String link, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launchLink(jar, course, link, user, locale, true);
        assertTrue(launch.landingUrl().contains("/careerplan/plan.xhtml?placement="), user + " landed on " + launch.landingUrl());
        String placement = launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        return new Person(jar, LaunchContextParam.of(launch.landingUrl()), placement, launch.landingUrl(), launch.body());
    }

    private String page(Person person, String extra) throws Exception {
        HttpResponse<String> response = client.get(tool.toolBase() + "/careerplan/plan.xhtml?placement=" + person.placement()
                + extra + "&lc=" + person.lc(), person.jar());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> put(Person person, String path, String type, String body) throws Exception {
        return send(person, "PUT", path, type, body);
    }

    private HttpResponse<String> send(Person person, String method, String path, String type, String body) throws Exception {
        return call(person, person.placement(), method, path, type, body);
    }

    private HttpResponse<String> call(Person person, String placement, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/careerplan/plans/" + placement
                        + path + (person.lc().isEmpty() ? "" : "?lc=" + person.lc())))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        String cookies = person.jar().header();
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads a voice answer in one chunk; its media id. */
    private String upload(Person person, String ref, byte[] bytes) throws Exception {
        TusUploads tus = new TusUploads(tool.toolBase());
        HttpResponse<String> created = tus.create(person.jar(), person.lc(), bytes.length,
                Map.of("purpose", "voice-answer", "ref", ref));
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> sent = tus.patch(person.jar(), tus.uploadUrl(created, person.lc()), 0, bytes, 0, bytes.length);
        assertEquals(204, sent.statusCode(), sent.body());
        return sent.headers().firstValue("Lpk-Media-Id").orElseThrow(() -> new AssertionError("no media id"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return response;
    }

    private static void assertRefused(HttpResponse<String> response, String code, String message) {
        assertEquals(422, response.statusCode(), response.body());
        Map<String, Object> refusal = json(response).m();
        assertEquals(code, refusal.get("code"));
        if (message != null) {
            assertEquals(message, refusal.get("message"));
        }
    }

    private static Plan json(HttpResponse<String> response) {
        try {
            return new Plan(JSONObjectUtils.parse(response.body()));
        } catch (java.text.ParseException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The plan (or a refusal) as the JSON calls answer it. */
    private record Plan(Map<String, Object> m) {
        String string(String key) {
            return (String) m.get(key);
        }

        boolean bool(String key) {
            return (Boolean) m.get(key);
        }

        int number(String key) {
            return ((Number) m.get(key)).intValue();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> section(String key) {
            return (Map<String, Object>) ((Map<String, Object>) m.get("sections")).get(key);
        }

        String text(String key) {
            return (String) section(key).get("text");
        }

        String voice(String key) {
            return (String) section(key).get("voice");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps() {
            return (List<Map<String, Object>>) m.get("steps");
        }

        Plan step(int index) {
            return new Plan(steps().get(index));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void assertNoSidewaysScroll(JavascriptExecutor js, String where) {
        assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                "no sideways scrolling at 390 px: " + where);
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, top to bottom, at the phone's width (for the README). */
    private static void fullShot(ChromeDriver browser, JavascriptExecutor js, String name) throws Exception {
        js.executeScript("window.scrollTo(0, 0);");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String text(JavascriptExecutor js, String id) {
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';", id);
    }

    /** The text inside the element with this id, tags removed. */
    private static String text(String html, String id) {
        java.util.regex.Matcher start = java.util.regex.Pattern.compile("<(\\w+)[^>]*\\sid=\"" + java.util.regex.Pattern.quote(id)
                + "\"[^>]*>").matcher(html);
        assertTrue(start.find(), () -> "no element " + id + " in " + html);
        String tag = start.group(1);
        int depth = 1;
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        tags.region(start.end(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start.end(), tags.start()).replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                        .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
            }
        }
        throw new AssertionError("unclosed " + id);
    }
}
