package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.Fixtures.NOW;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A check-in is answered during probation only, and belongs to the week it was answered in. */
class CheckInTest {

    @Test
    void aCheckInDuringProbationIsFiledUnderItsWeek() {
        Agreement a = Fixtures.shortAgreement(LocalDate.parse("2026-11-02"), LocalDate.parse("2027-05-01"));
        CheckIn c = new CheckIn(a, CheckInAnswer.GOOD, CheckInAnswer.OK, CheckInAnswer.HARD, "  Svært med tiderne ",
                LocalDate.parse("2026-11-12"), NOW);
        assertEquals(LocalDate.parse("2026-11-09"), c.getWeekOf(), "Thursday's check-in belongs to the week of Monday 9");
        assertEquals("Svært med tiderne", c.getNoteToMentor());
        assertEquals(CheckInAnswer.HARD, c.getSupport());
    }

    @Test
    void outsideProbationOrWithoutAnswersItIsRefused() {
        Agreement a = Fixtures.shortAgreement(TODAY.plusDays(7), TODAY.plusDays(200));
        assertEquals("CHECK_IN_CLOSED", assertThrows(ApprenticeshipRefused.class, () -> new CheckIn(a, CheckInAnswer.GOOD,
                CheckInAnswer.GOOD, CheckInAnswer.GOOD, null, TODAY, NOW)).reason(), "before the agreement starts");
        assertEquals("CHECK_IN_CLOSED", assertThrows(ApprenticeshipRefused.class, () -> new CheckIn(a, CheckInAnswer.GOOD,
                CheckInAnswer.GOOD, CheckInAnswer.GOOD, null, a.getProbationEndsOn().plusDays(1), NOW)).reason());
        assertEquals("CHECK_IN_ANSWER_MISSING", assertThrows(ApprenticeshipRefused.class, () -> new CheckIn(a,
                CheckInAnswer.GOOD, null, CheckInAnswer.GOOD, null, TODAY.plusDays(8), NOW)).reason());
        assertEquals("NOTE_TO_MENTOR_TOO_LONG", assertThrows(ApprenticeshipRefused.class, () -> new CheckIn(a,
                CheckInAnswer.GOOD, CheckInAnswer.GOOD, CheckInAnswer.GOOD, "x".repeat(10_000), TODAY.plusDays(8), NOW)).reason());
    }
}
