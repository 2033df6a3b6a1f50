package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.Fixtures.NOW;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.SARA;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An agreement's dates are in order; a short one has an end; ending soon, probation and running are days. */
class AgreementTest {

    private static String refused(Executable change) {
        return assertThrows(ApprenticeshipRefused.class, change).reason();
    }

    private static Agreement agreement(AgreementType type, String cvr, LocalDate start, LocalDate end, LocalDate probation) {
        return new Agreement(SARA, null, type, "Hansen Byg", cvr, start, end, probation, TODAY, NOW);
    }

    @Test
    void datesOutOfOrderAndABadCvrAreRefused() {
        assertEquals("END_BEFORE_START", refused(() -> agreement(AgreementType.SHORT, null, TODAY, TODAY.minusDays(1), null)));
        assertEquals("END_BEFORE_START", refused(() -> agreement(AgreementType.ORDINARY, null, TODAY, TODAY, null)));
        assertEquals("END_MISSING", refused(() -> agreement(AgreementType.SHORT, null, TODAY, null, null)));
        assertEquals("START_MISSING", refused(() -> agreement(AgreementType.ORDINARY, null, null, null, null)));
        assertEquals("PROBATION_OUTSIDE_AGREEMENT", refused(() -> agreement(AgreementType.ORDINARY, null, TODAY,
                TODAY.plusYears(3), TODAY.minusDays(1))));
        assertEquals("PROBATION_OUTSIDE_AGREEMENT", refused(() -> agreement(AgreementType.SHORT, null, TODAY,
                TODAY.plusDays(30), TODAY.plusDays(31))));
        assertEquals("CVR_INVALID", refused(() -> agreement(AgreementType.ORDINARY, "12345678", TODAY, null, null)));
        assertEquals("AGREEMENT_TYPE_MISSING", refused(() -> agreement(null, null, TODAY, null, null)));
        assertEquals("START_TOO_FAR", refused(() -> agreement(AgreementType.ORDINARY, null, TODAY.plusYears(6), null, null)));
    }

    @Test
    void anOrdinaryAgreementMayRunWithoutAnEnd() {
        Agreement a = agreement(AgreementType.ORDINARY, "24256790", TODAY, null, TODAY.plusMonths(3));
        assertTrue(a.runsOn(TODAY.plusYears(3)));
        assertFalse(a.endsSoon(TODAY.plusYears(3)));
        assertFalse(a.hasEndedBy(TODAY.plusYears(3)));
        assertFalse(a.runsOn(TODAY.minusDays(1)), "not before it starts");
    }

    @Test
    void itEndsSoonWithinSixtyDaysOfItsEnd() {
        LocalDate end = TODAY.plusDays(100);
        Agreement a = agreement(AgreementType.SHORT, null, TODAY, end, TODAY.plusDays(90));
        assertFalse(a.endsSoon(end.minusDays(61)));
        assertTrue(a.endsSoon(end.minusDays(60)));
        assertTrue(a.endsSoon(end));
        assertFalse(a.endsSoon(end.plusDays(1)), "ended, no longer ending");
        assertTrue(a.hasEndedBy(end.plusDays(1)));
        assertTrue(a.runsOn(end));
    }

    @Test
    void probationRunsFromTheStartToItsEndAndAnAgreementThatHeldRanPastIt() {
        Agreement a = agreement(AgreementType.ORDINARY, null, TODAY, null, TODAY.plusMonths(3));
        assertFalse(a.inProbationOn(TODAY.minusDays(1)));
        assertTrue(a.inProbationOn(TODAY));
        assertTrue(a.inProbationOn(TODAY.plusMonths(3)));
        assertFalse(a.inProbationOn(TODAY.plusMonths(3).plusDays(1)));
        assertTrue(a.ranPastProbation(TODAY.plusMonths(4)));
        Agreement ended = agreement(AgreementType.SHORT, null, TODAY, TODAY.plusMonths(2), TODAY.plusMonths(2));
        assertFalse(ended.ranPastProbation(TODAY.plusMonths(4)), "ended with probation");
    }
}
