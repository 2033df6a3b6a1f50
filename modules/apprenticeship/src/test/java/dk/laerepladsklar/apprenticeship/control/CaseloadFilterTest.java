package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseloadFilterTest {

    static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    /** A line with what the filters look at; the rest as a line of nobody in particular. */
    static CaseloadLine line(PlacementState state, LocalDate lastApplication, Integer daysToDeadline,
                             Integer daysToAgreementEnd) {
        return new CaseloadLine("s", "Sara", "course-1", null, null, state, null, null, lastApplication == null ? 0 : 1,
                lastApplication, lastApplication, 0, 0, daysToDeadline == null ? null : TODAY.plusDays(daysToDeadline),
                daysToDeadline, daysToAgreementEnd == null ? null : AgreementType.SHORT, null,
                daysToAgreementEnd == null ? null : TODAY.plusDays(daysToAgreementEnd), daysToAgreementEnd, null, 0, null,
                false);
    }

    @Test
    void noApplicationIn14DaysCountsTheFourteenthDayAsRecent() {
        assertFalse(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.SEEKING, TODAY.minusDays(14), null, null), TODAY));
        assertTrue(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.SEEKING, TODAY.minusDays(15), null, null), TODAY));
        assertFalse(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.SEEKING, TODAY, null, null), TODAY));
    }

    @Test
    void noApplicationAtAllAndNotStartedShow() {
        assertTrue(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.SEEKING, null, null, null), TODAY));
        assertTrue(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(null, null, null, null), TODAY), "not started");
        assertTrue(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.REGISTERED_SEEKING, null, null, null), TODAY));
    }

    @Test
    void studentsWithAnAgreementOrSchoolBasedTrainingNeedNoApplications() {
        assertFalse(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, 200), TODAY));
        assertFalse(CaseloadFilter.NO_RECENT_APPLICATION.matches(line(PlacementState.SCHOOL_BASED_TRAINING, null, null, null), TODAY));
    }

    @Test
    void deadlineNearMeansWithin14DaysOrPassedAndNotRegistered() {
        assertTrue(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SEEKING, TODAY, 14, null), TODAY));
        assertFalse(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SEEKING, TODAY, 15, null), TODAY));
        assertTrue(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SEEKING, TODAY, 0, null), TODAY), "today");
        assertTrue(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SEEKING, TODAY, -30, null), TODAY), "passed");
        assertTrue(CaseloadFilter.DEADLINE_NEAR.matches(line(null, null, 3, null), TODAY), "not started");
    }

    @Test
    void deadlineNearLeavesOutTheRegisteredTheSignedAndThoseWithoutATerm() {
        assertFalse(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.REGISTERED_SEEKING, TODAY, 3, null), TODAY));
        assertFalse(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.AGREEMENT_SIGNED, TODAY, 3, 200), TODAY));
        assertFalse(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SCHOOL_BASED_TRAINING, TODAY, 3, null), TODAY));
        assertFalse(CaseloadFilter.DEADLINE_NEAR.matches(line(PlacementState.SEEKING, TODAY, null, null), TODAY));
    }

    @Test
    void agreementEndingMeansWithin60DaysAndNotEnded() {
        assertTrue(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, 60), TODAY));
        assertTrue(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, 0), TODAY));
        assertFalse(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, 61), TODAY));
        assertFalse(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, -1), TODAY));
        assertFalse(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.AGREEMENT_SIGNED, null, null, null), TODAY),
                "an open-ended ordinary agreement");
        assertFalse(CaseloadFilter.AGREEMENT_ENDING.matches(line(PlacementState.SEEKING, null, null, 10), TODAY));
    }

    @Test
    void theFilterInTheAddressIsOneOfTheFourOrAll() {
        assertEquals(CaseloadFilter.DEADLINE_NEAR, CaseloadFilter.byKey("deadline"));
        assertEquals(CaseloadFilter.AGREEMENT_ENDING, CaseloadFilter.byKey("agreement-ending"));
        assertEquals(CaseloadFilter.ALL, CaseloadFilter.byKey(null));
        assertEquals(CaseloadFilter.ALL, CaseloadFilter.byKey("<script>"));
        assertEquals(CaseloadFilter.ALL, CaseloadFilter.byKey("DEADLINE"));
    }

    @Test
    void applyAndCountAgree() {
        List<CaseloadLine> lines = List.of(line(PlacementState.SEEKING, null, 5, null),
                line(PlacementState.AGREEMENT_SIGNED, null, 5, 30), line(PlacementState.REGISTERED_SEEKING, TODAY, 5, null));
        assertEquals(1, CaseloadFilter.DEADLINE_NEAR.apply(lines, TODAY).size());
        assertEquals(1, CaseloadFilter.DEADLINE_NEAR.count(lines, TODAY));
        assertEquals(1, CaseloadFilter.AGREEMENT_ENDING.count(lines, TODAY));
        assertEquals(1, CaseloadFilter.NO_RECENT_APPLICATION.count(lines, TODAY));
        assertEquals(3, CaseloadFilter.ALL.count(lines, TODAY));
    }
}
