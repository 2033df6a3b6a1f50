package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a student's search reminds them of today, soonest first: follow-ups that have come, an agreement that ends
 * within 60 days, a check-in during probation, and registering as seeking on lærepladsen.dk when the 8-week deadline
 * (GF2's end minus 8 weeks) is within 14 days or has passed while GF2 still runs.
 */
public final class SearchReminders {

    /** How early the registration deadline is announced. */
    public static final int DEADLINE_WARNING_DAYS = 14;

    private SearchReminders() {
    }

    /**
     * @param status        the student's placement status; null when they never opened the search
     * @param agreement     the agreement the status points to, or null
     * @param weeksAnswered Mondays of the weeks the student answered a check-in for that agreement
     * @param deadline      the nearest registration deadline of the student's courses, and GF2's end, if staff set one
     */
    public static List<SearchReminder> dueFor(Collection<JobApplication> applications, PlacementStatus status,
                                              Agreement agreement, Collection<LocalDate> weeksAnswered,
                                              Optional<Deadline> deadline, LocalDate today) {
        List<SearchReminder> due = new ArrayList<>();
        for (JobApplication a : applications) {
            if (a.followUpDue(today)) {
                due.add(new SearchReminder(SearchReminder.Kind.FOLLOW_UP, a.getFollowUpOn(), a.getId(), a.getCompanyName()));
            }
        }
        boolean signed = status != null && status.getState() == PlacementState.AGREEMENT_SIGNED && agreement != null;
        if (signed && agreement.endsSoon(today)) {
            due.add(new SearchReminder(SearchReminder.Kind.AGREEMENT_ENDING, agreement.getEndsOn(), null, null));
        }
        if (signed && CheckInWindow.isOpen(agreement, weeksAnswered, today)) {
            due.add(new SearchReminder(SearchReminder.Kind.CHECK_IN, today, null, null));
        }
        boolean unregistered = status == null || status.getState() == PlacementState.SEEKING;
        if (unregistered && deadline.isPresent() && deadline.get().near(today)) {
            due.add(new SearchReminder(SearchReminder.Kind.REGISTER_SEEKING, deadline.get().registerBy(), null, null));
        }
        due.sort(Comparator.comparing(SearchReminder::due).thenComparing(SearchReminder::kind));
        return List.copyOf(due);
    }

    /** A course's registration deadline and the end of its GF2. */
    public record Deadline(LocalDate registerBy, LocalDate gf2EndsOn) {

        /** Within 14 days before the deadline, or after it while GF2 has not ended. */
        public boolean near(LocalDate today) {
            long days = ChronoUnit.DAYS.between(today, registerBy);
            return days <= DEADLINE_WARNING_DAYS && !today.isAfter(gf2EndsOn);
        }

        /** Of several courses' deadlines, the one that matters today: the soonest not yet behind GF2's end. */
        public static Optional<Deadline> nearest(Collection<Deadline> deadlines, LocalDate today) {
            return deadlines.stream().filter(d -> !today.isAfter(d.gf2EndsOn()))
                    .min(Comparator.comparing(Deadline::registerBy));
        }
    }
}
