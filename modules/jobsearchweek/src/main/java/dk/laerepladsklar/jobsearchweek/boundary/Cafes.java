package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.MustAttend;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.apprenticeship.Apprenticeships;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job café's façade: its time and place (set by the course's staff), the teacher's ticks "har læreplads", and who
 * must come. Callers open the placement through {@link Opened} first; the staff-only steps ask {@code Access} again.
 */
@ApplicationScoped
public class Cafes {

    /** One student on the café page: the LMS's id and name, the tick, and whether they must come and why. */
    public record CafeStudent(String subject, String name, boolean ticked, MustAttend.Verdict verdict)
            implements Serializable {
    }

    /** The café's students, and whether the LMS's roster was read (else none are listed). */
    public record CafeStudents(List<CafeStudent> students, boolean rosterRead) implements Serializable {

        public List<CafeStudent> mustAttend() {
            return students.stream().filter(s -> s.verdict().mustAttend()).toList();
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Apprenticeships apprenticeships;
    @Inject
    WeekRoster roster;
    @Inject
    ApprenticeshipTicks ticks;

    public Optional<JobCafe> find(Placed placed) {
        return placed.isCafe() ? Optional.ofNullable(em.find(JobCafe.class, placed.placementId())) : Optional.empty();
    }

    /** Sets or changes the café's time and place (the course's staff only). */
    @Transactional(rollbackOn = WeekRefused.class)
    public JobCafe schedule(Placed placed, LaunchContext launch, JobCafe.CafeSchedule schedule) {
        requireTeacher(placed, launch);
        Instant now = Instant.now();
        JobCafe cafe = em.find(JobCafe.class, placed.placementId());
        if (cafe == null) {
            cafe = new JobCafe(placed.placementId(), placed.course().platform(), placed.course().courseId(), schedule,
                    launch.actor().subject(), now);
            em.persist(cafe);
        } else {
            cafe.reschedule(schedule, launch.actor().subject(), now);
        }
        return cafe;
    }

    /**
     * The course's students with their ticks and whether they must come, for the café page (staff) or the register.
     * Not in one transaction: the platform is asked first, outside any.
     */
    public CafeStudents students(Placed placed, LaunchContext launch) {
        WeekRoster.Students listed = roster.learners(launch, access.readableStudents(launch, placed.course()));
        Set<String> ticked = ticks.of(placed.course());
        List<CafeStudent> students = new ArrayList<>();
        for (WeekRoster.Student s : listed.students()) {
            boolean tick = ticked.contains(s.subject());
            students.add(new CafeStudent(s.subject(), s.name(), tick, verdict(placed.course(), s.subject(), tick)));
        }
        return new CafeStudents(List.copyOf(students), listed.read());
    }

    /** Whether this student must come to the course's café, and what decided it. */
    public MustAttend.Verdict verdict(CourseRef course, String subject) {
        return verdict(course, subject, ticks.of(course).contains(subject));
    }

    private MustAttend.Verdict verdict(CourseRef course, String subject, boolean ticked) {
        return MustAttend.of(apprenticeships.hasApprenticeship(new StudentRef(course.platform(), subject)), ticked);
    }

    /**
     * The teacher's ticks for the students the form listed: ticked ones get a tick, the others lose theirs. Only
     * students on the course's roster: anyone else is refused, nothing changed.
     *
     * @return how many ticks the course has now
     */
    public int tick(Placed placed, LaunchContext launch, Set<String> listed, Set<String> ticked) {
        requireTeacher(placed, launch);
        WeekRoster.Students students = roster.learners(launch, s -> true);
        if (!students.read()) {
            throw new WeekRefused("CAFE_NO_ROSTER");
        }
        for (String subject : listed) {
            if (!students.lists(subject)) {
                throw new WeekRefused("CAFE_NOT_ON_ROSTER");
            }
        }
        if (!listed.containsAll(ticked)) {
            throw new WeekRefused("CAFE_NOT_ON_ROSTER");
        }
        return ticks.save(placed.course(), launch.actor().subject(), listed, ticked);
    }

    private void requireTeacher(Placed placed, LaunchContext launch) {
        if (!access.mayTeach(launch, placed.course())) {
            throw new WeekRefused("WEEK_NOT_STAFF");
        }
    }
}
