package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.Fixtures.NOW;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.SARA;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes, contacts and next steps staff keep about a student. */
class CaseloadEntitiesTest {

    static String reason(Runnable r) {
        return assertThrows(ApprenticeshipRefused.class, r::run).reason();
    }

    @Test
    void aNoteIsRequiredCappedAndClean() {
        assertEquals("NOTE_MISSING", reason(() -> new StudentNote(SARA, "t", "Tina", "  ", false, NOW)));
        assertEquals("NOTE_TOO_LONG", reason(() -> new StudentNote(SARA, "t", "Tina", "x".repeat(2001), false, NOW)));
        assertEquals("NOTE_INVALID", reason(() -> new StudentNote(SARA, "t", "Tina", "a\u0000b", false, NOW)));
        StudentNote note = new StudentNote(SARA, "t", "  " + "T".repeat(300), " Talte med Ali.\nAftalt: 3 ansøgninger. ", true, NOW);
        assertEquals("Talte med Ali.\nAftalt: 3 ansøgninger.", note.getText());
        assertEquals(200, note.getAuthorName().length(), "the LMS's name is cut, not refused");
        assertTrue(note.isForMentors());
        assertEquals(2000, new StudentNote(SARA, "t", null, "æ".repeat(2000), false, NOW).getText().length());
    }

    @Test
    void aContactHasAKindACompanyAndADayThatHappened() {
        assertEquals("CONTACT_KIND_MISSING", reason(() -> new CompanyContact(SARA, null, "Hansen", TODAY, null, "t", null, TODAY, NOW)));
        assertEquals("COMPANY_MISSING", reason(() -> new CompanyContact(SARA, ContactKind.CALL, " ", TODAY, null, "t", null, TODAY, NOW)));
        assertEquals("CONTACT_DATE_MISSING", reason(() -> new CompanyContact(SARA, ContactKind.CALL, "Hansen", null, null, "t", null, TODAY, NOW)));
        assertEquals("CONTACT_IN_FUTURE", reason(() -> new CompanyContact(SARA, ContactKind.CALL, "Hansen",
                LocalDate.parse("2099-01-01"), null, "t", null, TODAY, NOW)));
        assertEquals("CONTACT_TOO_OLD", reason(() -> new CompanyContact(SARA, ContactKind.CALL, "Hansen",
                TODAY.minusYears(2).minusDays(1), null, "t", null, TODAY, NOW)));
        assertEquals("NOTE_TOO_LONG", reason(() -> new CompanyContact(SARA, ContactKind.CALL, "Hansen", TODAY,
                "x".repeat(2001), "t", null, TODAY, NOW)));
    }

    @Test
    void theMeetingWithTheMasterCountsFromTheAgreementsStart() {
        LocalDate start = TODAY.minusDays(30);
        CompanyContact call = new CompanyContact(SARA, ContactKind.CALL, "Hansen", TODAY, null, "t", null, TODAY, NOW);
        CompanyContact before = new CompanyContact(SARA, ContactKind.MEETING_WITH_MASTER, "Hansen", start.minusDays(1),
                null, "t", null, TODAY, NOW);
        CompanyContact onStart = new CompanyContact(SARA, ContactKind.MEETING_WITH_MASTER, "Hansen", start, null, "t",
                null, TODAY, NOW);
        assertFalse(CompanyContact.masterMetSince(List.of(call, before), start), "a call, and a meeting before the period");
        assertTrue(CompanyContact.masterMetSince(List.of(call, onStart), start));
        assertFalse(CompanyContact.masterMetSince(List.of(onStart), null));
    }

    @Test
    void aNextStepHasWhatWhoAndAPlausibleDay() {
        assertEquals("STEP_MISSING", reason(() -> new NextStep(SARA, "", "Tina", TODAY, "t", null, TODAY, NOW)));
        assertEquals("STEP_WHO_MISSING", reason(() -> new NextStep(SARA, "Ring til mester", null, TODAY, "t", null, TODAY, NOW)));
        assertEquals("STEP_TOO_LONG", reason(() -> new NextStep(SARA, "x".repeat(501), "Tina", TODAY, "t", null, TODAY, NOW)));
        assertEquals("STEP_DUE_MISSING", reason(() -> new NextStep(SARA, "Ring", "Tina", null, "t", null, TODAY, NOW)));
        assertEquals("STEP_DUE_TOO_FAR", reason(() -> new NextStep(SARA, "Ring", "Tina", LocalDate.parse("2099-01-01"),
                "t", null, TODAY, NOW)));
        assertEquals("STEP_DUE_TOO_OLD", reason(() -> new NextStep(SARA, "Ring", "Tina", TODAY.minusDays(32), "t", null,
                TODAY, NOW)));
    }

    @Test
    void aStepIsDoneOnceAndOverdueWhenItsDayPassedUndone() {
        NextStep step = new NextStep(SARA, "Ring til mester", "Tina", TODAY.minusDays(1), "t", "Tina", TODAY, NOW);
        assertTrue(step.isOverdue(TODAY));
        assertFalse(step.isOverdue(TODAY.minusDays(1)));
        step.done("t", NOW);
        assertTrue(step.isDone());
        assertFalse(step.isOverdue(TODAY));
        assertEquals("STEP_ALREADY_DONE", reason(() -> step.done("u", NOW)));
        assertEquals("t", step.getDoneBy());
        assertTrue(step.belongsTo(SARA));
        assertFalse(step.belongsTo(Fixtures.OMAR));
    }

    @Test
    void theCoursesTitleIsKeptAsTheLmsLastSentItTidiedAndCut() {
        SearchEnrolment e = new SearchEnrolment(SARA, "course-1", "Sara", "  Tømrer\tGF2\u0000 2026  ", NOW);
        assertEquals("Tømrer GF2 2026", e.getCourseTitle(), "control characters and runs of space tidied");
        e.seen("Sara", null, NOW.plusSeconds(60));
        assertEquals("Tømrer GF2 2026", e.getCourseTitle(), "a launch without a title keeps the last one");
        e.seen("Sara", "Tømrer GF2 2026 – hold B", NOW.plusSeconds(120));
        assertEquals("Tømrer GF2 2026 – hold B", e.getCourseTitle());
        assertEquals(NOW.plusSeconds(120), e.getLastSeen());
        String emoji = "\uD83D\uDE00";
        e.seen("Sara", "T".repeat(199) + emoji + "x".repeat(500), NOW);
        assertEquals(199 + 2, e.getCourseTitle().length(), "200 characters, the last one not split in half");
        assertTrue(e.getCourseTitle().endsWith(emoji));
        assertEquals(null, new SearchEnrolment(SARA, "course-1", "Sara", " \n ", NOW).getCourseTitle());
        assertEquals(null, new SearchEnrolment(SARA, "course-1", "Sara", NOW).getCourseTitle());
    }
}
