package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The week's progress for the teacher, student by student: each activity done, due or overdue, the register of each
 * session, and whether the student needs a follow-up. Plain rules, no container:
 *
 * <ul>
 *   <li>An activity is <em>done</em> when the student finished or handed it in (a task: ticked); <em>overdue</em> when
 *       it is not and its due date has passed (the day after it, in Copenhagen); otherwise <em>due</em>.</li>
 *   <li>A student needs a follow-up when something is overdue or they were absent (without an excuse) from a
 *       session.</li>
 * </ul>
 */
public final class WeekFollowUp {

    /** Where a student is with one activity of the week. */
    public enum Standing { DONE, DUE, OVERDUE }

    /** Why a student needs a follow-up. */
    public enum Reason { OVERDUE, ABSENT }

    /** An activity of the week: its id (a part's or a task's), title and due date. */
    public record Item(UUID id, String title, LocalDate due) implements Serializable {
    }

    /** A student and their done activities and recorded statuses per session. */
    public record Student(String subject, String name, Set<UUID> done, Map<UUID, AttendanceStatus> attendance) {
    }

    /** One student's row of the progress page. */
    public record Row(String subject, String name, List<Standing> standings, List<AttendanceStatus> attendance,
                      Set<Reason> reasons) implements Serializable {

        public boolean needsFollowUp() {
            return !reasons.isEmpty();
        }

        public long count(Standing standing) {
            return standings.stream().filter(s -> s == standing).count();
        }
    }

    private WeekFollowUp() {
    }

    /** The overdue rule: not done and the due date has passed. */
    public static Standing standing(boolean done, LocalDate due, LocalDate today) {
        if (done) {
            return Standing.DONE;
        }
        return today.isAfter(due) ? Standing.OVERDUE : Standing.DUE;
    }

    /**
     * The rows, in the students' order.
     *
     * @param items    the week's activities, in the page's column order
     * @param sessions the week's sessions' ids, in the page's column order
     */
    public static List<Row> rows(List<Item> items, List<UUID> sessions, List<Student> students, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (Student student : students) {
            List<Standing> standings = new ArrayList<>();
            Set<Reason> reasons = java.util.EnumSet.noneOf(Reason.class);
            for (Item item : items) {
                Standing s = standing(student.done().contains(item.id()), item.due(), today);
                standings.add(s);
                if (s == Standing.OVERDUE) {
                    reasons.add(Reason.OVERDUE);
                }
            }
            List<AttendanceStatus> attendance = new ArrayList<>();
            for (UUID session : sessions) {
                AttendanceStatus status = student.attendance().get(session);
                attendance.add(status);
                if (status == AttendanceStatus.ABSENT) {
                    reasons.add(Reason.ABSENT);
                }
            }
            rows.add(new Row(student.subject(), student.name(), List.copyOf(standings),
                    java.util.Collections.unmodifiableList(attendance), java.util.Collections.unmodifiableSet(reasons)));
        }
        return rows;
    }
}
