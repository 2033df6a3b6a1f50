package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A week as its plan page shows it, read in one go: the week, its sessions (day by day, by time), its activities (in
 * the teacher's order), and which parts have a gradebook column of their own.
 */
public record PlannedWeek(JobSearchWeek week, List<WeekSession> sessions, List<WeekActivity> activities,
                          Set<UUID> partsWithOwnColumn) {

    public boolean isEmpty() {
        return sessions.isEmpty() && activities.isEmpty();
    }
}
