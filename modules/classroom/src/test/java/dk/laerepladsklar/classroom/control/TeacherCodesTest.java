package dk.laerepladsklar.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code a teacher can see on the class page comes with a sentence, in Danish and English, that says what to do. */
class TeacherCodesTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** A sentence tells the teacher what to do, or that nothing needs doing. */
    private static final Pattern DA_ACTION = Pattern.compile("(?i)bed |giv koden|tryk på|tjek|åbn|læg aktiviteten|offentliggør"
            + "|giv flere|behøver ikke|af sig selv|kontakt|prøv|spørg|pointene står");
    private static final Pattern EN_ACTION = Pattern.compile("(?i)ask |give the code|press|check|open|add the activity|publish"
            + "|allow more|do not need|by themselves|by itself|contact|try again|still shown");

    @Test
    void everyKnownCodeHasASentenceInDanishAndEnglishThatSaysWhatToDo() {
        ResourceBundle da = ResourceBundle.getBundle(TeacherCodes.BUNDLE, DANISH);
        ResourceBundle en = ResourceBundle.getBundle(TeacherCodes.BUNDLE, ENGLISH);
        assertTrue(TeacherCodes.KNOWN.size() >= 30, "the list holds the codes: " + TeacherCodes.KNOWN.size());
        for (String code : TeacherCodes.KNOWN) {
            String key = "code." + code;
            assertTrue(da.containsKey(key) && !da.getString(key).isBlank(), "Danish sentence for " + code);
            assertTrue(en.containsKey(key) && !en.getString(key).isBlank(), "English sentence for " + code);
            assertNotEquals(da.getString(key), en.getString(key), code + " is translated");
            assertTrue(DA_ACTION.matcher(da.getString(key)).find(), code + " (da) says what to do: " + da.getString(key));
            assertTrue(EN_ACTION.matcher(en.getString(key)).find(), code + " (en) says what to do: " + en.getString(key));
            assertEquals(code, TeacherCodes.symbol(code));
        }
    }

    @Test
    void aCodeIsReadAsThePlatformSideWroteIt() {
        assertEquals("NOT_A_STUDENT", TeacherCodes.symbol("HTTP 422 NOT_A_STUDENT"));
        assertEquals("INVALID_SCORE", TeacherCodes.symbol("HTTP 400 INVALID_SCORE"));
        assertEquals("TOKEN_REFUSED", TeacherCodes.symbol("TOKEN_REFUSED: invalid_client"));
        assertEquals("TOO_MANY_PAGES", TeacherCodes.symbol("TOO_MANY_PAGES: more than 100"));
        assertEquals("MALFORMED_RESPONSE", TeacherCodes.symbol("MALFORMED_RESPONSE: no members"));
        assertEquals(TeacherCodes.HTTP_STATUS, TeacherCodes.symbol("HTTP_403"));
        assertEquals("PLATFORM_UNREACHABLE", TeacherCodes.symbol("PLATFORM_UNREACHABLE"));
        assertEquals("NO_ROSTER_SERVICE", TeacherCodes.symbol("NO_ROSTER_SERVICE"));
    }

    @Test
    void anUnknownOrEmptyCodeStillGetsASentence() {
        for (String code : new String[] {null, "", "  ", "SOMETHING_NEW", "http 999 lower", "<script>"}) {
            assertEquals(TeacherCodes.UNKNOWN, TeacherCodes.symbol(code), String.valueOf(code));
            assertTrue(TeacherCodes.explanation(code, DANISH).contains("IT-support"), String.valueOf(code));
            assertTrue(TeacherCodes.explanation(code, ENGLISH).contains("IT support"), String.valueOf(code));
        }
        assertTrue(TeacherCodes.explanation("HTTP 422 NOT_A_STUDENT", DANISH).contains("ikke er elev på kurset"));
        assertTrue(TeacherCodes.explanation("HTTP 422 NOT_A_STUDENT", ENGLISH).contains("not a student in the course"));
    }

    @Test
    void theOverviewListsItsCodesOnceAndRetitlesItsColumns() {
        PlatformId moodle = new PlatformId(UUID.randomUUID());
        Placement networking = new Placement(moodle, "C1", new ActivityRef("teaching-module", "networking"), "Brug dit netværk", 100);
        Placement interview = new Placement(moodle, "C1", new ActivityRef("teaching-module", "job-interview"), "Jobsamtalen", 100);
        var progress = List.<dk.laerepladsklar.classroom.entity.ActivityProgress>of();
        Map<UUID, Map<String, GradebookSync.Status>> sync = Map.of(
                networking.getId(), Map.of("4", new GradebookSync.Status(GradebookSync.Status.State.FAILED, "HTTP 422 NOT_A_STUDENT", Instant.now()),
                        "5", new GradebookSync.Status(GradebookSync.Status.State.SENT, null, Instant.now())));
        Overview overview = OverviewAssembler.assemble(List.of(networking, interview),
                List.of(new Member("4", "Ali", null, Set.of(Role.LEARNER), true)), Instant.now(), "NO_ROSTER_SERVICE",
                progress, sync, DANISH);

        // the sync states come with the cells; build them by hand as the ledger would
        Overview withCells = new Overview(overview.columns(), List.of(new Overview.StudentRow("4", "Ali", "Elev 4", true,
                Map.of(networking.getId(), new Overview.Cell(StudentState.STARTED, 50, 20.0, 100,
                        sync.get(networking.getId()).get("4")))),
                new Overview.StudentRow("5", "Sofie", "Elev 5", true, Map.of(networking.getId(), new Overview.Cell(
                        StudentState.DONE, 100, 80.0, 100, sync.get(networking.getId()).get("5"))))),
                overview.rosterAt(), overview.rosterProblem());

        assertEquals(List.of("NO_ROSTER_SERVICE", "HTTP 422 NOT_A_STUDENT"), withCells.codes());

        Overview english = withCells.titled(Map.of(networking.getId(), "Use your network")::get);
        assertEquals(List.of("Use your network", "Jobsamtalen"), english.columns().stream().map(Overview.Column::title).toList());
        assertEquals(withCells.rows(), english.rows());
    }
}
