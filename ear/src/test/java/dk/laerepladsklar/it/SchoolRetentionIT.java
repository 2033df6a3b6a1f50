package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static dk.laerepladsklar.it.support.ToolDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.it.support.RecordedAttempts.Sent;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolDatabase;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention a school sets for its recordings, over real launches and HTTP: the school's LMS administrator (the
 * demo LMS's {@code admin-N}, Moodle's site administrator roles) sets it on the school page; the deletion date of a
 * recording follows it at assessment and when it changes; the nightly job (every 2 s here) deletes only recordings
 * whose date has passed, and the attempt's score and feedback stay; teachers, students, mentors and another school's
 * administrator cannot change it; bad values are refused with a sentence.
 *
 * <p>The demo LMS is one school for every test: each test here puts its setting back ({@link #backToTheDefault}).
 */
class SchoolRetentionIT extends DemoLmsEndToEnd {

    private static final String PAGE = "/school/settings.xhtml";
    private static final Path MEDIA_DIR = Path.of(System.getProperty("lpk.media-dir", "target/it-media"));
    private static final String REFUSED_DA = "Skriv et helt tal fra 7 til 365. Intet er ændret.";

    private RecordedAttempts attempts;

    @BeforeEach
    void setUp() {
        attempts = new RecordedAttempts(client, tool);
    }

    @AfterEach
    void backToTheDefault() throws Exception {
        update("delete from media_school_retention");
    }

    @Test
    void theSchoolsSettingSetsTheDeletionDateAtAssessmentAndMovesTheDatesOfAssessedRecordings() throws Exception {
        String course = "course-6501";
        Person admin = attempts.launch(course, "admin-6501", "da");
        assertTrue(admin.launch().body().contains("id=\"school-settings\""), "the class page links the school page for admins");
        String page = attempts.get(admin, PAGE).body();
        assertTrue(page.contains("data-days=\"90\""), page);
        assertTrue(page.contains("Optagelser slettes 90 dage efter, at læreren har vurderet dem."), page);
        assertTrue(page.contains("Det er standarden i Lærepladsklar (90 dage)."), page);
        assertTrue(page.contains("Point og lærerens skriftlige feedback bliver gemt."), page);
        assertTrue(page.contains("En optagelse, som læreren ikke har vurderet endnu, bliver ikke slettet."), page);

        // a recording assessed under the default: 90 days from its assessment
        String link = attempts.place(course);
        Person teacher = attempts.launchLink(course, link, "teacher-6501", "da");
        Person sara = attempts.launchLink(course, link, "student-6501-1", "da");
        Sent saras = attempts.recordAndSend(sara);
        attempts.assessAndRelease(teacher, saras.attempt(), "Klar start");
        Instant saraAssessed = instant(one("select assessed_at from media_item where id = ?", saras.film()));
        assertEquals(saraAssessed.plus(Duration.ofDays(90)), instant(one("select retain_until from media_item where id = ?", saras.film())));

        // Ali has recorded and sent, but is not assessed yet
        Person ali = attempts.launchLink(course, link, "student-6501-2", "da");
        Sent alis = attempts.recordAndSend(ali);

        // the administrator chooses 30 days: Sara's recording moves, Ali's keeps no date
        HttpResponse<String> saved = save(admin, page, "30");
        assertTrue(saved.body().matches("(?s).*Gemt\\. Optagelser slettes nu 30 dage efter vurderingen\\. \\d+ vurderede optagelser "
                + "har fået en ny slettedato\\..*"), saved.body());
        assertTrue(saved.body().contains("data-days=\"30\"") && saved.body().contains("Det har skolen valgt ("), saved.body());
        assertEquals(saraAssessed.plus(Duration.ofDays(30)), instant(one("select retain_until from media_item where id = ?", saras.film())));
        assertNull(one("select retain_until from media_item where id = ?", alis.film()), "not assessed: no date, never deleted");
        assertEquals(List.of("30"), rows("select retention_days from media_school_retention"));
        String audit = one("select detail from lti_admin_audit where action = 'SCHOOL_RETENTION_CHANGED' order by occurred_at desc limit 1", null);
        assertTrue(audit.contains("90 → 30 days") && audit.contains("assessed file(s) rescheduled"), audit);
        assertFalse(audit.contains("admin-6501"), "no person's id in the audit: " + audit);

        // students are told the school's number before they record
        Person mikkel = attempts.launchLink(course, link, "student-6501-3", "da");
        String record = attempts.get(mikkel, "/roleplay/record.xhtml?placement=" + mikkel.placement()).body();
        assertTrue(record.contains("slettes 30 dage efter"), record);

        // shortened to a week: Sara's (assessed a moment ago) is due a week after her assessment; then Ali is assessed
        save(admin, attempts.get(admin, PAGE).body(), "7");
        assertEquals(saraAssessed.plus(Duration.ofDays(7)), instant(one("select retain_until from media_item where id = ?", saras.film())));
        attempts.assessAndRelease(teacher, alis.attempt(), "Godt spørgsmål");
        Instant aliAssessed = instant(one("select assessed_at from media_item where id = ?", alis.film()));
        assertEquals(aliAssessed.plus(Duration.ofDays(7)), instant(one("select retain_until from media_item where id = ?", alis.film())));

        // back to the operator's default
        HttpResponse<String> reset = JsfForms.submit(client, admin.jar(), tool.toolBase(), attempts.get(admin, PAGE).body(),
                "retention", Map.of(), "retention:reset");
        assertTrue(reset.body().contains("Skolen bruger nu standarden: 90 dage efter vurderingen."), reset.body());
        assertEquals(saraAssessed.plus(Duration.ofDays(90)), instant(one("select retain_until from media_item where id = ?", saras.film())));
        assertEquals(aliAssessed.plus(Duration.ofDays(90)), instant(one("select retain_until from media_item where id = ?", alis.film())));
        assertEquals(List.of(), rows("select retention_days from media_school_retention"));
        assertTrue(one("select detail from lti_admin_audit where action = 'SCHOOL_RETENTION_RESET' order by occurred_at desc limit 1", null)
                .contains("7 → the default 90 days"));
    }

    @Test
    void theNightlyJobDeletesOnlyDueRecordingsAndTheScoreAndFeedbackStay() throws Exception {
        String course = "course-6502";
        String link = attempts.place(course);
        Person teacher = attempts.launchLink(course, link, "teacher-6502", "da");
        Person sara = attempts.launchLink(course, link, "student-6502-1", "da");
        Person ali = attempts.launchLink(course, link, "student-6502-2", "da");
        Person emma = attempts.launchLink(course, link, "student-6502-3", "da");
        Sent saras = attempts.recordAndSend(sara);
        Sent alis = attempts.recordAndSend(ali);
        Sent emmas = attempts.recordAndSend(emma);
        attempts.assessAndRelease(teacher, saras.attempt(), "Klar og venlig start");
        attempts.assessAndRelease(teacher, emmas.attempt(), "Flot");
        Person admin = attempts.launch(course, "admin-6502", "da");
        save(admin, attempts.get(admin, PAGE).body(), "14");
        assertTrue(Files.isRegularFile(itemFile(saras.film())));

        // Sara was assessed 15 days ago (as if time had passed): past the school's 14 days; Emma a moment ago; Ali never
        update("update media_item set assessed_at = now() - interval '15 days', retain_until = now() - interval '1 day' "
                + "where id = ?::uuid", saras.film());
        for (int i = 0; i < 150 && !rows("select id from media_item where id = ?::uuid", saras.film()).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), rows("select id from media_item where id = ?::uuid", saras.film()), "Sara's recording is deleted");
        for (int i = 0; i < 50 && Files.exists(itemFile(saras.film())); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(itemFile(saras.film())), "and its file");
        assertEquals(1, rows("select id from media_item where id = ?::uuid", emmas.film()).size(), "Emma's is not due");
        assertEquals(1, rows("select id from media_item where id = ?::uuid", alis.film()).size(), "Ali's is not assessed");
        assertTrue(Files.isRegularFile(itemFile(emmas.film())) && Files.isRegularFile(itemFile(alis.film())));

        // the score and the feedback stay, and Sara still sees them
        assertEquals(List.of("RELEASED|8"), rows("select state || '|' || score from roleplay_attempt where id = ?::uuid", saras.attempt()));
        String mine = attempts.get(sara, "/roleplay/record.xhtml?placement=" + sara.placement()).body();
        assertTrue(mine.contains("Point: 8 ud af 12") && mine.contains("Klar og venlig start"), mine);
        assertEquals(404, attempts.get(sara, "/api/media/items/" + saras.film()).statusCode());
    }

    @Test
    void teachersStudentsMentorsAndAnotherSchoolsAdministratorCannotChangeIt() throws Exception {
        String course = "course-6503";
        Person admin = attempts.launch(course, "admin-6503", "da");
        String adminPage = attempts.get(admin, PAGE).body();
        for (String user : List.of("teacher-6503", "student-6503-1", "mentor-6503")) {
            Person someone = attempts.launch(course, user, "da");
            assertFalse(someone.launch().body().contains("id=\"school-settings\""), user + " gets no link");
            assertEquals(403, attempts.get(someone, PAGE).statusCode(), user);
            // the administrator's form, posted with this person's launch: refused before Faces reads it
            HttpResponse<String> posted = client.post(tool.toolBase() + PAGE + "?lc=" + someone.lc(), HtmlForm.encode(Map.of(
                    "retention", "retention", "retention:days", "8", "retention:save", "retention:save",
                    "jakarta.faces.ViewState", JsfForms.viewState(adminPage))), someone.jar());
            assertEquals(403, posted.statusCode(), user);
        }
        Person observer = attempts.launch(course, "observer-6503", "da");
        assertFalse(attempts.get(observer, PAGE).body().contains("id=\"retention\""), "an observer gets the page for observers");
        assertEquals(List.of(), rows("select retention_days from media_school_retention"), "nothing changed");

        // the demo school chooses 30; another school's administrator sees and changes only their own school's
        save(admin, adminPage, "30");
        try (TestPlatform otherSchool = TestPlatform.start("retention-school").registerIn(EmbeddedPostgresSession.dataSource())) {
            LtiBrowser browser = LtiBrowser.at(url);
            LtiBrowser.Login login = browser.login(otherSchool, "admin-6503");
            LaunchResult launch = browser.launch(login, otherSchool.instructor(course)
                    .withRoles(Launches.INSTITUTION_ADMINISTRATOR, Launches.INSTRUCTOR, Launches.SYSTEM_ADMINISTRATOR)
                    .with("sub", "admin-6503").forLogin(login).signedBy(otherSchool.key()));
            assertTrue(launch.landed(), launch.body());
            String theirs = browser.get(LaunchContextParam.with(PAGE, launch.landingUrl()), login.cookies()).body();
            assertTrue(theirs.contains("data-days=\"90\"") && theirs.contains("Det er standarden"), theirs);
            HttpResponse<String> changed = JsfForms.submit(client, login.cookies(), tool.toolBase(), theirs, "retention",
                    Map.of("retention:days", "200"), "retention:save");
            assertTrue(changed.body().contains("data-days=\"200\""), changed.body());
        }
        assertEquals(List.of("200", "30"), rows("select retention_days from media_school_retention order by retention_days desc"));
        assertTrue(attempts.get(admin, PAGE).body().contains("data-days=\"30\""), "the demo school keeps its own");
    }

    @Test
    void badValuesAreRefusedWithASentenceAndNothingChanges() throws Exception {
        Person admin = attempts.launch("course-6504", "admin-6504", "da");
        for (String bad : List.of("6", "366", "0", "-7", "abc", "", "   ", "7.5", "7,5", "30 dage", "99999999", "٣٠",
                "1e2", "<script>alert(1)</script>", "9".repeat(5000))) {
            HttpResponse<String> refused = save(admin, attempts.get(admin, PAGE).body(), bad);
            assertEquals(200, refused.statusCode(), bad);
            assertTrue(refused.body().contains(REFUSED_DA), bad + ": " + refused.body());
            assertTrue(refused.body().contains("data-kind=\"error\""), bad);
            assertFalse(refused.body().contains("<script>alert(1)</script>"), "escaped");
        }
        assertEquals(List.of(), rows("select retention_days from media_school_retention"), "nothing was stored");

        Person english = attempts.launch("course-6504", "admin-6505", "en");
        HttpResponse<String> refused = save(english, attempts.get(english, PAGE).body(), "400");
        assertTrue(refused.body().contains("Write a whole number from 7 to 365. Nothing was changed."), refused.body());
        HttpResponse<String> saved = save(english, attempts.get(english, PAGE).body(), " 365 ");
        assertTrue(saved.body().contains("Saved. Recordings are now deleted 365 days after the assessment."), saved.body());
        assertEquals(List.of("365"), rows("select retention_days from media_school_retention"));
    }

    // ---- helpers

    private HttpResponse<String> save(Person admin, String page, String days) throws Exception {
        return JsfForms.submit(client, admin.jar(), tool.toolBase(), page, "retention", Map.of("retention:days", days),
                "retention:save");
    }

    private static Path itemFile(String id) {
        return MEDIA_DIR.resolve("items").resolve(id.substring(0, 2)).resolve(id);
    }

    private static Instant instant(String value) {
        return Instant.parse(value);
    }

    private static String one(String sql, String id) throws Exception {
        return ToolDatabase.one(sql, id == null ? new Object[0] : new Object[] {UUID.fromString(id)});
    }
}
