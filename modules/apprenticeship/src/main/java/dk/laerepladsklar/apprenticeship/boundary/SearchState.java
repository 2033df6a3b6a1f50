package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.ApplicationCounts;
import dk.laerepladsklar.apprenticeship.control.SearchReminder;
import dk.laerepladsklar.apprenticeship.control.SearchReminders;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the student's search page shows, read in one transaction on one school day.
 *
 * @param agreement       the agreement the status points to, or null
 * @param unrecorded      the newest application moved to "agreement signed" with no agreement recorded for it yet
 * @param lastTrade       the trade of the newest application, to prefill the next one
 */
public record SearchState(LocalDate today, List<JobApplication> applications, ApplicationCounts counts,
                          PlacementStatus status, Agreement agreement, List<StatusChange> history,
                          boolean checkInOpen, boolean checkInAnsweredThisWeek, List<SearchReminder> reminders,
                          Optional<SearchReminders.Deadline> deadline, Optional<JobApplication> unrecorded,
                          String lastTrade) implements Serializable {
}
