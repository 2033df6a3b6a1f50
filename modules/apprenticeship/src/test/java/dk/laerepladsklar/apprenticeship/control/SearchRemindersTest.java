package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.apprenticeship.control.SearchReminder.Kind;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.ApplicationChannel;
import dk.laerepladsklar.apprenticeship.entity.ApplicationDetails;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the search reminds a student of on a given day, and the check-in's weekly window. */
class SearchRemindersTest {

    private static final StudentRef SARA = new StudentRef(new PlatformId(UUID.randomUUID()), "sara");
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-09");
    private static final Instant NOW = Instant.parse("2026-11-09T09:00:00Z");

    private static JobApplication sent(String company, LocalDate on, LocalDate followUp) {
        return new JobApplication(SARA, "c", new ApplicationDetails(company, null, "Tømrer", ApplicationChannel.EMAIL, on,
                ApplicationStatus.SENT, followUp, null), MONDAY, NOW);
    }

    private static List<Kind> kinds(List<SearchReminder> reminders) {
        return reminders.stream().map(SearchReminder::kind).toList();
    }

    @Test
    void aFollowUpIsDueOnItsDayAndAfterButNotForAClosedApplication() {
        JobApplication due = sent("Hansen", MONDAY.minusDays(7), MONDAY);
        JobApplication later = sent("Jensen", MONDAY, MONDAY.plusDays(7));
        JobApplication closed = sent("Olsen", MONDAY.minusDays(10), MONDAY.minusDays(3));
        closed.moveTo(ApplicationStatus.REJECTED, "sara", MONDAY, NOW);
        List<SearchReminder> reminders = SearchReminders.dueFor(List.of(due, later, closed), null, null, List.of(),
                Optional.empty(), MONDAY);
        assertEquals(1, reminders.size(), reminders.toString());
        assertEquals(Kind.FOLLOW_UP, reminders.get(0).kind());
        assertEquals("Hansen", reminders.get(0).subject());
        assertEquals(due.getId(), reminders.get(0).application());
    }

    @Test
    void aShortAgreementEndingWithinSixtyDaysRemindsAndSoDoesTheCheckInDuringProbation() {
        PlacementStatus status = new PlacementStatus(SARA, MONDAY, NOW);
        Agreement agreement = new Agreement(SARA, null, AgreementType.SHORT, "Hansen", null, MONDAY.minusDays(7),
                MONDAY.plusDays(50), MONDAY.plusDays(20), MONDAY, NOW);
        status.agreementSigned(agreement, "sara", MONDAY, NOW);
        List<SearchReminder> reminders = SearchReminders.dueFor(List.of(), status, agreement, List.of(), Optional.empty(),
                MONDAY);
        assertEquals(List.of(Kind.CHECK_IN, Kind.AGREEMENT_ENDING), kinds(reminders), "soonest first");
        assertEquals(MONDAY.plusDays(50), reminders.get(1).due());

        List<SearchReminder> answered = SearchReminders.dueFor(List.of(), status, agreement, List.of(MONDAY),
                Optional.empty(), MONDAY.plusDays(3));
        assertEquals(List.of(Kind.AGREEMENT_ENDING), kinds(answered), "answered this week: not asked again");
        assertEquals(List.of(Kind.CHECK_IN, Kind.AGREEMENT_ENDING), kinds(SearchReminders.dueFor(List.of(), status,
                agreement, List.of(MONDAY), Optional.empty(), MONDAY.plusDays(7))), "asked again the next week");
        assertEquals(List.of(Kind.AGREEMENT_ENDING), kinds(SearchReminders.dueFor(List.of(), status, agreement, List.of(),
                Optional.empty(), MONDAY.plusDays(21))), "probation over");
    }

    @Test
    void theCheckInWindowRunsFromTheFirstWeekUntilProbationEnds() {
        Agreement agreement = new Agreement(SARA, null, AgreementType.ORDINARY, "Hansen", null, MONDAY.plusDays(2), null,
                MONDAY.plusDays(2).plusMonths(3), MONDAY, NOW);
        assertFalse(CheckInWindow.isOpen(agreement, List.of(), MONDAY.plusDays(1)), "not before the first day");
        assertTrue(CheckInWindow.isOpen(agreement, List.of(), MONDAY.plusDays(2)), "from the first day");
        assertFalse(CheckInWindow.isOpen(agreement, List.of(CheckIn.weekOf(MONDAY.plusDays(2))), MONDAY.plusDays(6)),
                "once a week");
        assertTrue(CheckInWindow.answeredThisWeek(agreement, List.of(MONDAY), MONDAY.plusDays(6)));
        assertTrue(CheckInWindow.isOpen(agreement, List.of(MONDAY), agreement.getProbationEndsOn()));
        assertFalse(CheckInWindow.isOpen(agreement, List.of(), agreement.getProbationEndsOn().plusDays(1)));
        assertFalse(CheckInWindow.isOpen(null, List.of(), MONDAY));
    }

    @Test
    void theRegistrationDeadlineRemindsWithinFourteenDaysUntilGf2EndsUnlessRegisteredOrSigned() {
        LocalDate gf2End = MONDAY.plusWeeks(10);
        SearchReminders.Deadline deadline = new SearchReminders.Deadline(gf2End.minusWeeks(8), gf2End);
        PlacementStatus seeking = new PlacementStatus(SARA, MONDAY, NOW);
        assertEquals(List.of(), SearchReminders.dueFor(List.of(), seeking, null, List.of(), Optional.of(deadline),
                deadline.registerBy().minusDays(15)));
        List<SearchReminder> near = SearchReminders.dueFor(List.of(), seeking, null, List.of(), Optional.of(deadline),
                deadline.registerBy().minusDays(14));
        assertEquals(List.of(Kind.REGISTER_SEEKING), kinds(near));
        assertEquals(deadline.registerBy(), near.get(0).due());
        assertEquals(List.of(Kind.REGISTER_SEEKING), kinds(SearchReminders.dueFor(List.of(), seeking, null, List.of(),
                Optional.of(deadline), gf2End)), "passed, still reminded until GF2 ends");
        assertEquals(List.of(), SearchReminders.dueFor(List.of(), seeking, null, List.of(), Optional.of(deadline),
                gf2End.plusDays(1)));
        PlacementStatus registered = new PlacementStatus(SARA, MONDAY, NOW);
        registered.registeredSeeking(MONDAY, "sara", MONDAY, NOW);
        assertEquals(List.of(), SearchReminders.dueFor(List.of(), registered, null, List.of(), Optional.of(deadline),
                deadline.registerBy().minusDays(3)));
        assertEquals(List.of(Kind.REGISTER_SEEKING), kinds(SearchReminders.dueFor(List.of(), null, null, List.of(),
                Optional.of(deadline), deadline.registerBy())), "a student who never opened the search");
    }

    @Test
    void ofSeveralCoursesTheSoonestDeadlineNotBehindItsGf2Counts() {
        SearchReminders.Deadline old = new SearchReminders.Deadline(MONDAY.minusWeeks(20), MONDAY.minusWeeks(12));
        SearchReminders.Deadline next = new SearchReminders.Deadline(MONDAY.plusWeeks(2), MONDAY.plusWeeks(10));
        SearchReminders.Deadline later = new SearchReminders.Deadline(MONDAY.plusWeeks(30), MONDAY.plusWeeks(38));
        assertEquals(Optional.of(next), SearchReminders.Deadline.nearest(List.of(later, old, next), MONDAY));
        assertEquals(Optional.empty(), SearchReminders.Deadline.nearest(List.of(old), MONDAY));
    }
}
