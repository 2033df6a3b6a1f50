package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.Attendance;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.Occasion;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers: who came to a session of a week or to a date of a café. Staff of the course take them, one tap per
 * student; the list is the course's students from the LMS, with the café's must-come students marked. An occasion that
 * is not of this placement (a session of another week, a date the café is not held) is not found.
 */
@ApplicationScoped
public class Registers {

    /** What a register is for: the occasion, what it is called, when and where. */
    public record Sitting(Occasion occasion, String title, ZonedDateTime starts, ZonedDateTime ends, String place)
            implements Serializable {
    }

    /** One student's line: their latest status (null until recorded) and, at a café, whether they must come. */
    public record Line(String subject, String name, AttendanceStatus status, Boolean mustAttend, String recordedByName,
                       Instant recordedAt) implements Serializable {
    }

    /** A register as its page shows it; the other occasions of the placement to move between. */
    public record Register(Placed placed, Sitting sitting, List<Line> lines, boolean rosterRead, List<Sitting> sittings)
            implements Serializable {

        public long count(AttendanceStatus status) {
            return lines.stream().filter(l -> l.status() == status).count();
        }

        public long unrecorded() {
            return lines.stream().filter(l -> l.status() == null).count();
        }
    }

    @Inject
    Attendances attendances;
    @Inject
    Access access;
    @Inject
    Cafes cafes;
    @Inject
    WeekRoster roster;
    @Inject
    WeekReading weeks;

    /** The occasions of a café placement (every date) or a week (every session), in order. */
    public List<Sitting> sittings(Placed placed) {
        if (placed.isCafe()) {
            return cafes.find(placed).map(cafe -> cafe.occurrences().stream()
                    .map(o -> new Sitting(Occasion.cafe(placed.placementId(), o.date()), placed.title(), o.starts(),
                            o.ends(), cafe.getPlace()))
                    .toList()).orElse(List.of());
        }
        return weeks.week(placed.placementId()).map(week -> weeks.sessions(week.getPlacementId()).stream()
                .map(s -> new Sitting(Occasion.session(placed.placementId(), s.getId()), s.getTitle(),
                        WeekReading.starts(week, s), WeekReading.ends(week, s),
                        s.getPlace() != null ? s.getPlace() : s.getOnlineLink()))
                .toList()).orElse(List.of());
    }

    /**
     * The occasion an address names ({@code occasion}: a date of the café, a session of the week), or without one the
     * one on now or next (after the last, the last); empty when the placement has no such occasion.
     */
    public Optional<Sitting> sitting(Placed placed, String key, Instant now) {
        List<Sitting> all = sittings(placed);
        if (key == null || key.isEmpty()) {
            return all.stream().filter(s -> s.ends().toInstant().isAfter(now)
                            || s.starts().toLocalDate().equals(LocalDate.ofInstant(now, JobCafe.ZONE))).findFirst()
                    .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
        }
        return all.stream().filter(s -> s.occasion().key().equals(key)).findFirst();
    }

    /** The register of one occasion: the course's students (the roster) and anyone already recorded. */
    public Register register(Placed placed, Sitting sitting, LaunchContext launch) {
        Map<String, Attendance> recorded = new HashMap<>();
        for (Attendance a : attendances.of(sitting.occasion())) {
            recorded.put(a.getStudentSubject(), a);
        }
        List<Line> lines = new ArrayList<>();
        boolean rosterRead;
        if (placed.isCafe()) {
            Cafes.CafeStudents students = cafes.students(placed, launch);
            rosterRead = students.rosterRead();
            for (Cafes.CafeStudent s : students.students()) {
                lines.add(line(s.subject(), s.name(), recorded.remove(s.subject()), s.verdict().mustAttend()));
            }
        } else {
            WeekRoster.Students students = roster.learners(launch, access.readableStudents(launch, placed.course()));
            rosterRead = students.read();
            for (WeekRoster.Student s : students.students()) {
                lines.add(line(s.subject(), s.name(), recorded.remove(s.subject()), null));
            }
        }
        // recorded, but no longer on the roster (left the course): still shown, so the record is not hidden
        for (Attendance a : recorded.values()) {
            Boolean must = placed.isCafe() ? cafes.verdict(placed.course(), a.getStudentSubject()).mustAttend() : null;
            lines.add(line(a.getStudentSubject(), null, a, must));
        }
        return new Register(placed, sitting, List.copyOf(lines), rosterRead, sittings(placed));
    }

    private static Line line(String subject, String name, Attendance a, Boolean must) {
        return new Line(subject, name, a == null ? null : a.getStatus(), must,
                a == null ? null : a.getRecordedByName(), a == null ? null : a.getRecordedAt());
    }

    /**
     * Records a student's status at an occasion: {@code toggle} (one tap: present, or absent when already present) or
     * a status by its key. Staff of the course only; only a student on the course's roster or already in the register.
     *
     * @return the status now recorded
     */
    public AttendanceStatus record(Placed placed, Sitting sitting, LaunchContext launch, String subject, String statusKey) {
        if (!access.mayTeach(launch, placed.course())) {
            throw new WeekRefused("WEEK_NOT_STAFF");
        }
        if (!StudentRef.isSubject(subject)) {
            throw new WeekRefused("ATTENDANCE_NOT_ON_ROSTER");
        }
        boolean toggle = "toggle".equals(statusKey);
        Optional<AttendanceStatus> chosen = toggle ? Optional.empty() : AttendanceStatus.byKey(statusKey);
        if (!toggle && chosen.isEmpty()) {
            throw new WeekRefused("ATTENDANCE_UNKNOWN_STATUS");
        }
        if (attendances.find(sitting.occasion(), subject).isEmpty()
                && !roster.learners(launch, s -> true).lists(subject)) {
            throw new WeekRefused("ATTENDANCE_NOT_ON_ROSTER");
        }
        return attendances.save(placed.course(), sitting.occasion(), launch, new StudentRef(placed.course().platform(), subject),
                chosen);
    }
}
