package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import java.time.LocalDate;
import java.util.Collection;

/**
 * When a check-in is offered: from the agreement's first week until its probation ends, at most once a week (Monday to
 * Sunday). A student who answered this week is asked again next week.
 */
public final class CheckInWindow {

    private CheckInWindow() {
    }

    /** Whether the check-in is offered today, given the Mondays of the weeks already answered for this agreement. */
    public static boolean isOpen(Agreement agreement, Collection<LocalDate> weeksAnswered, LocalDate today) {
        return agreement != null && agreement.inProbationOn(today) && !weeksAnswered.contains(CheckIn.weekOf(today));
    }

    /** Whether the student is in probation but already answered this week. */
    public static boolean answeredThisWeek(Agreement agreement, Collection<LocalDate> weeksAnswered, LocalDate today) {
        return agreement != null && agreement.inProbationOn(today) && weeksAnswered.contains(CheckIn.weekOf(today));
    }
}
