package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.WeekFollowUp;
import dk.laerepladsklar.jobsearchweek.entity.Attendance;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.PartProgress;
import dk.laerepladsklar.jobsearchweek.entity.TaskTick;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The week's progress for those who follow the class: each student's standing per activity (done, due, overdue), the
 * register of each session, and who needs a follow-up. Staff see the whole class, a mentor only their mentees; the
 * students are the course's (the LMS's roster) and anyone with recorded work in the week.
 */
@ApplicationScoped
public class WeekProgress {

    /** A column: an activity with its due date, or a session with its start. */
    public record Column(UUID id, String title, LocalDate due, ZonedDateTime starts, boolean task)
            implements Serializable {
    }

    /** The page's table. */
    public record Table(JobSearchWeek week, List<Column> activities, List<Column> sessions, List<WeekFollowUp.Row> rows,
                       boolean rosterRead) implements Serializable {

        public long followUps() {
            return rows.stream().filter(WeekFollowUp.Row::needsFollowUp).count();
        }
    }

    @Inject
    Access access;
    @Inject
    WeekReading weeks;
    @Inject
    WeekRoster roster;
    @Inject
    PartProgresses parts;
    @Inject
    Attendances attendances;

    public Optional<Table> table(Placed placed, LaunchContext launch, LocalDate today) {
        Optional<JobSearchWeek> found = weeks.week(placed.placementId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JobSearchWeek week = found.get();
        Predicate<String> readable = access.readableStudents(launch, placed.course());
        WeekRoster.Students listed = roster.learners(launch, readable);

        List<WeekActivity> activities = weeks.activities(week.getPlacementId());
        List<WeekSession> sessions = weeks.sessions(week.getPlacementId());
        // a part's progress is recorded under the part's placement, a task's tick under the task
        Map<UUID, UUID> itemOfPart = new HashMap<>();
        List<Column> activityColumns = new ArrayList<>();
        List<WeekFollowUp.Item> items = new ArrayList<>();
        for (WeekActivity a : activities) {
            if (a instanceof WeekPart part) {
                itemOfPart.put(part.getPartId(), a.getId());
            }
            activityColumns.add(new Column(a.getId(), a.getTitle(), a.getDueOn(), null, a.isTask()));
            items.add(new WeekFollowUp.Item(a.getId(), a.getTitle(), a.getDueOn()));
        }
        List<Column> sessionColumns = sessions.stream()
                .map(s -> new Column(s.getId(), s.getTitle(), null, WeekReading.starts(week, s), false)).toList();

        Map<String, Set<UUID>> done = new HashMap<>();
        for (PartProgress p : parts.ofWeek(week.getPlacementId())) {
            UUID item = itemOfPart.get(p.getPartId());
            if (item != null && p.isDone()) {
                done.computeIfAbsent(p.getStudentSubject(), s -> new HashSet<>()).add(item);
            }
        }
        for (TaskTick t : weeks.ticks(week.getPlacementId())) {
            done.computeIfAbsent(t.getStudentSubject(), s -> new HashSet<>()).add(t.getTaskId());
        }
        Map<String, Map<UUID, AttendanceStatus>> present = new HashMap<>();
        for (Attendance a : attendances.ofPlacements(List.of(week.getPlacementId()))) {
            present.computeIfAbsent(a.getStudentSubject(), s -> new HashMap<>()).put(a.getSessionId(), a.getStatus());
        }

        Map<String, String> students = new LinkedHashMap<>();
        listed.students().forEach(s -> students.put(s.subject(), s.name()));
        // someone with recorded work who is no longer on the roster (or the roster could not be read) still shows
        for (String subject : union(done.keySet(), present.keySet())) {
            if (readable.test(subject)) {
                students.putIfAbsent(subject, null);
            }
        }
        List<WeekFollowUp.Student> input = new ArrayList<>();
        students.forEach((subject, name) -> input.add(new WeekFollowUp.Student(subject, name,
                done.getOrDefault(subject, Set.of()), present.getOrDefault(subject, Map.of()))));
        List<WeekFollowUp.Row> rows = WeekFollowUp.rows(items, sessionColumns.stream().map(Column::id).toList(), input,
                today);
        return Optional.of(new Table(week, List.copyOf(activityColumns), sessionColumns, rows, listed.read()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Today in Copenhagen. */
    public static LocalDate today() {
        return LocalDate.now(JobCafe.ZONE);
    }
}
