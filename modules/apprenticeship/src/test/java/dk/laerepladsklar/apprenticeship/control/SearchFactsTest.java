package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.ApplicationChannel;
import dk.laerepladsklar.apprenticeship.entity.ApplicationDetails;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CheckInAnswer;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchFactsTest {

    static final PlatformId SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-000000000007"));
    static final StudentRef SARA = new StudentRef(SCHOOL, "sara");
    static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    static JobApplication sent(String company, LocalDate on) {
        return new JobApplication(SARA, "course-1", new ApplicationDetails(company, null, "Tømrer",
                ApplicationChannel.EMAIL, on, ApplicationStatus.SENT, null, null), TODAY, NOW.minusSeconds(86400L * 30));
    }

    static CourseTerm gf2EndsOn(LocalDate end) {
        return new CourseTerm(SCHOOL, "course-1", "Bygge og anlæg", end, "teacher", TODAY, NOW);
    }

    @Test
    void theDeadlineIsEightWeeksBeforeGf2EndsAndCountsDownInDays() {
        CaseloadLine line = SearchFacts.none().line("sara", null, "course-1", gf2EndsOn(LocalDate.parse("2027-06-25")), TODAY);
        assertEquals(LocalDate.parse("2027-04-30"), line.deadline());
        assertEquals(60, line.daysToDeadline());
    }

    @Test
    void aPassedDeadlineCountsInNegativeDaysAndNoTermMeansNoDeadline() {
        CaseloadLine passed = SearchFacts.none().line("sara", null, "course-1", gf2EndsOn(LocalDate.parse("2027-04-12")), TODAY);
        assertEquals(LocalDate.parse("2027-02-15"), passed.deadline());
        assertEquals(-14, passed.daysToDeadline());
        CaseloadLine none = SearchFacts.none().line("sara", null, "course-1", null, TODAY);
        assertNull(none.deadline());
        assertNull(none.daysToDeadline());
    }

    @Test
    void theDeadlineAcrossTheChangeToSummerTimeIsWholeDays() {
        // GF2 ends 2027-05-21; 8 weeks before is 2027-03-26, the day before summer time (28 March).
        CaseloadLine line = SearchFacts.none().line("sara", null, "c", gf2EndsOn(LocalDate.parse("2027-05-21")), TODAY);
        assertEquals(LocalDate.parse("2027-03-26"), line.deadline());
        assertEquals(25, line.daysToDeadline());
    }

    @Test
    void aStudentWhoNeverOpenedTheSearchIsNotStarted() {
        CaseloadLine line = SearchFacts.none().line("sara", "Sara", "course-1", null, TODAY);
        assertFalse(line.started());
        assertTrue(line.seeking());
        assertEquals(0, line.applicationsSent());
        assertNull(line.lastActivity());
    }

    @Test
    void countsInterviewsAndOffersOnceEvenWhenTheApplicationMovedOn() {
        JobApplication a = sent("Hansen", TODAY.minusDays(20));
        JobApplication b = sent("Jensen", TODAY.minusDays(10));
        JobApplication c = sent("Olsen", TODAY.minusDays(3));
        List<ApplicationStep> steps = new ArrayList<>(List.of(a.logged("sara", NOW), b.logged("sara", NOW), c.logged("sara", NOW)));
        steps.add(a.moveTo(ApplicationStatus.INTERVIEW_CALLED, "sara", TODAY.minusDays(15), NOW));
        steps.add(a.moveTo(ApplicationStatus.REJECTED, "sara", TODAY.minusDays(12), NOW));
        steps.add(b.moveTo(ApplicationStatus.OFFER, "sara", TODAY.minusDays(2), NOW));
        PlacementStatus status = new PlacementStatus(SARA, TODAY.minusDays(30), NOW.minusSeconds(86400L * 30));
        SearchFacts facts = new SearchFacts(List.of(c, b, a), steps, status, List.of(), List.of(),
                List.of(status.initialChange("sara", NOW.minusSeconds(86400L * 30))));
        CaseloadLine line = facts.line("sara", "Sara", "course-1", null, TODAY);
        assertEquals(3, line.applicationsSent());
        assertEquals(2, line.interviews(), "called (then rejected) and the offer");
        assertEquals(1, line.offers());
        assertEquals(TODAY.minusDays(3), line.lastApplication());
        assertEquals(PlacementState.SEEKING, line.state());
    }

    @Test
    void theCurrentAgreementItsEndAndItsCheckIns() {
        PlacementStatus status = new PlacementStatus(SARA, TODAY.minusDays(60), NOW.minusSeconds(86400L * 60));
        StatusChange first = status.initialChange("sara", NOW.minusSeconds(86400L * 60));
        Agreement agreement = new Agreement(SARA, null, AgreementType.SHORT, "Tømrerfirma Hansen", null,
                TODAY.minusDays(14), TODAY.plusDays(45), TODAY.plusDays(30), TODAY, NOW);
        StatusChange signed = status.agreementSigned(agreement, "sara", TODAY.minusDays(14), NOW.minusSeconds(86400L * 14));
        CheckIn week1 = new CheckIn(agreement, CheckInAnswer.GOOD, CheckInAnswer.GOOD, CheckInAnswer.OK, null,
                TODAY.minusDays(7), NOW.minusSeconds(86400L * 7));
        CheckIn week2 = new CheckIn(agreement, CheckInAnswer.GOOD, CheckInAnswer.HARD, CheckInAnswer.OK, "Svært med matematikken",
                TODAY, NOW);
        SearchFacts facts = new SearchFacts(List.of(), List.of(), status, List.of(agreement), List.of(week2, week1),
                List.of(first, signed));
        CaseloadLine line = facts.line("sara", "Sara", "course-1", null, TODAY);
        assertEquals(PlacementState.AGREEMENT_SIGNED, line.state());
        assertEquals(AgreementType.SHORT, line.agreementType());
        assertEquals(45, line.daysToAgreementEnd());
        assertEquals(2, line.checkIns());
        assertEquals(TODAY, line.lastCheckIn());
        assertTrue(line.lastCheckInHard());
        assertEquals(TODAY, line.lastActivity(), "the check-in today is the latest activity");
        assertTrue(CaseloadFilter.AGREEMENT_ENDING.matches(line, TODAY));
    }

    @Test
    void lastActivityIsTheDayInCopenhagenNotInUtc() {
        // 23:30 UTC on 28 February is 00:30 on 1 March in Copenhagen.
        PlacementStatus status = new PlacementStatus(SARA, TODAY, Instant.parse("2027-02-28T23:30:00Z"));
        SearchFacts facts = new SearchFacts(List.of(), List.of(), status, List.of(), List.of(),
                List.of(status.initialChange("sara", Instant.parse("2027-02-28T23:30:00Z"))));
        assertEquals(TODAY, facts.line("sara", null, "c", null, TODAY).lastActivity());
    }
}
