package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.TodayPlan;
import dk.laerepladsklar.jobsearchweek.control.WeekScore;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekDay;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The student's side of a placed week: which student's week a launch may see (their own; a mentee's or a student's of
 * the course read-only), that week as the "I dag" page shows it, and the week's standing for "Mit forløb".
 *
 * <p>Every opening asks {@code Access}: a student sees only their own week, and only in the week's own course; a
 * mentor only a mentee's, a teacher any student's of the course, both read-only. A week of another course or school,
 * or a student the launch may not read, looks the same as a missing week, and the log says why.
 */
@ApplicationScoped
public class StudentWeeks {

    /** The longest LMS user id a {@code student} parameter may name (LTI's {@code sub} is at most 255). */
    static final int MAX_SUBJECT = 255;
    private static final Logger LOG = Logger.getLogger(StudentWeeks.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    ActivityTypes types;
    @Inject
    Access access;
    @Inject
    WeekRollUp rollUp;
    @Inject
    WeekReading reading;
    @Inject
    Cafes cafes;
    @Inject
    WeekRoster roster;
    @Inject
    Event<ActivityOpened> opened;

    /**
     * Whose week a page shows, as {@link #open} decided.
     *
     * @param student  the student whose week it is; null when a mentor must first pick a mentee
     * @param readOnly someone else's week (a mentee's, a student's for their teacher)
     */
    public record Opening(UUID placementId, String title, CourseRef course, StudentRef student, boolean readOnly)
            implements Serializable {

        public boolean isChoosing() {
            return student == null;
        }
    }

    /** A mentee a mentor can pick, with the name the LMS shares (null when it shares none). */
    public record Mentee(String subject, String name) implements Serializable {
    }

    /**
     * Opens a week for its "I dag" page.
     *
     * @param placementId the week placement, as the page was given it
     * @param studentId   the {@code student} parameter: whose week a mentor or teacher reads; null or blank for one's
     *                    own (a student, or staff trying it)
     */
    public Optional<Opening> open(String placementId, String studentId, LaunchContext launch) {
        Optional<Placement> week = weekPlacement(placementId);
        if (week.isEmpty()) {
            return Optional.empty();
        }
        Placement p = week.get();
        CourseRef course = CourseRef.of(p);
        StudentRef me = new StudentRef(launch.platform(), launch.actor().subject());
        String asked = studentId == null ? "" : studentId.strip();
        if (asked.length() > MAX_SUBJECT) {
            LOG.warn("WEEK_STUDENT_REFUSED: a student id longer than any LMS gives");
            return Optional.empty();
        }
        if (!asked.isEmpty() && !asked.equals(me.subject())) {
            StudentRef other = new StudentRef(course.platform(), asked);
            if (!access.mayRead(launch, other, course)) {
                LOG.warnf("WEEK_STUDENT_REFUSED: week %s asked for a student this launch may not read", p.getId());
                return Optional.empty();
            }
            return Optional.of(new Opening(p.getId(), p.getTitle(), course, other, true));
        }
        if (launch.actor().isStudent() || launch.actor().isStaff()) {
            if (!access.mayChange(launch, me, course)) {
                LOG.warnf("WEEK_PLACEMENT_REFUSED: week %s opened outside its course", p.getId());
                return Optional.empty();
            }
            return Optional.of(new Opening(p.getId(), p.getTitle(), course, me, false));
        }
        if (!access.mayFollow(launch, course)) {
            LOG.warnf("WEEK_PLACEMENT_REFUSED: week %s opened outside its course", p.getId());
            return Optional.empty();
        }
        // a mentor with one mentee sees theirs at once; with more, picks one
        List<String> mentees = launch.actor().mentees().stream().sorted().toList();
        if (mentees.size() == 1) {
            return Optional.of(new Opening(p.getId(), p.getTitle(), course, new StudentRef(course.platform(),
                    mentees.get(0)), true));
        }
        return Optional.of(new Opening(p.getId(), p.getTitle(), course, null, true));
    }

    private Optional<Placement> weekPlacement(String placementId) {
        UUID id = JobSearchWeeks.uuid(placementId);
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> JobSearchWeekActivity.TYPE.equals(p.getActivity().type()));
    }

    /** The mentees a mentor may pick on the week's page, by name where the LMS shares it. */
    public List<Mentee> mentees(Opening opening, LaunchContext launch) {
        WeekRoster.Students listed = roster.learners(launch, s -> launch.actor().mentors(s)
                && access.readableStudents(launch, opening.course()).test(s));
        Map<String, String> names = new HashMap<>();
        listed.students().forEach(s -> names.put(s.subject(), s.name()));
        return launch.actor().mentees().stream().sorted()
                .map(s -> new Mentee(s, names.get(s)))
                .sorted(Comparator.comparing((Mentee m) -> m.name() == null).thenComparing(m -> m.name() == null
                        ? m.subject() : m.name()))
                .toList();
    }

    /**
     * The week as the student's page shows it on {@code today} (Copenhagen), or empty while the teacher has not opened
     * the plan yet (the week is made then).
     */
    @Transactional
    public Optional<StudentWeek> read(Opening opening, LocalDate today) {
        JobSearchWeek week = em.find(JobSearchWeek.class, opening.placementId());
        if (week == null || opening.isChoosing()) {
            return Optional.empty();
        }
        List<WeekScore.Item> items = rollUp.items(week, opening.student());
        double maximum = placements.find(week.getPlacementId()).map(Placement::getScoreMaximum)
                .orElse(JobSearchWeekActivity.SCORE_MAXIMUM);
        WeekScore.Result result = WeekScore.of(items, maximum);
        Map<UUID, WeekActivity> activities = new HashMap<>();
        reading.activities(week.getPlacementId()).forEach(a -> activities.put(a.getId(), a));
        Map<UUID, Placement> parts = new HashMap<>();
        placements.partsOf(week.getPlacementId()).forEach(p -> parts.put(p.getId(), p));

        List<StudentWeek.Activity> lines = new ArrayList<>();
        Map<UUID, StudentWeek.Activity> byId = new HashMap<>();
        for (WeekScore.Item item : items) {
            StudentWeek.Activity line = line(item, activities.get(item.id()), parts, opening.readOnly(), today);
            lines.add(line);
            byId.put(line.id(), line);
        }
        List<WeekSession> sessions = reading.sessions(week.getPlacementId());
        List<StudentWeek.Day> days = new ArrayList<>();
        for (WeekDay day : week.days()) {
            days.add(new StudentWeek.Day(day.number(), day.date(), TodayPlan.when(day.date(), today), day.theme(),
                    sessions.stream().filter(s -> s.getDay() == day.number()).map(StudentWeeks::session).toList(),
                    lines.stream().filter(l -> l.due().equals(day.date())).toList()));
        }
        List<StudentWeek.Session> todays = week.dayOf(today)
                .map(d -> sessions.stream().filter(s -> s.getDay() == d).map(StudentWeeks::session).toList())
                .orElse(List.of());
        StudentWeek.Activity next = TodayPlan.next(items).map(i -> byId.get(i.id())).orElse(null);
        return Optional.of(new StudentWeek(week.getPlacementId(), week.getTitle(), week.getFirstDay(), week.getLastDay(),
                today, TodayPlan.phase(week.getFirstDay(), week.getLastDay(), today), opening.readOnly(), todays, next,
                days, lines, result, maximum, cafe(opening)));
    }

    private StudentWeek.Activity line(WeekScore.Item item, WeekActivity activity, Map<UUID, Placement> parts,
                                      boolean readOnly, LocalDate today) {
        String type = null;
        String page = null;
        String link = null;
        if (activity instanceof WeekPart part) {
            type = part.getActivity().type();
            Placement placement = parts.get(part.getPartId());
            Optional<ActivityType> activityType = types.find(type);
            if (!readOnly && placement != null && activityType.isPresent()) {
                page = activityType.get().studentPage(placement);
            }
        } else if (activity instanceof WeekTask task) {
            link = task.getLink();
        }
        return new StudentWeek.Activity(item.id(), item.title(), item.due(), item.task(), item.isDone(),
                item.state() == ProgressState.AWAITING_REVIEW && !item.task(), item.isOverdue(today), type, page, link);
    }

    private static StudentWeek.Session session(WeekSession s) {
        return new StudentWeek.Session(s.getId(), s.getStart(), s.getEnd(), s.getTitle(), s.getPlace(), s.getOnlineLink(),
                s.getHost(), s.getBring());
    }

    /** The course's job café that comes next, and whether this student must come (CAFE's verdict). */
    private StudentWeek.Cafe cafe(Opening opening) {
        Instant now = Instant.now();
        StudentWeek.Cafe soonest = null;
        for (Placement p : placements.inContext(opening.course().platform(), opening.course().courseId())) {
            if (!JobCafeActivity.TYPE.equals(p.getActivity().type())) {
                continue;
            }
            Optional<JobCafe> cafe = cafes.find(Placed.of(p));
            Optional<JobCafe.Occurrence> next = cafe.flatMap(c -> c.next(now));
            if (next.isPresent() && (soonest == null || next.get().starts().isBefore(soonest.starts()))) {
                boolean must = cafes.verdict(opening.course(), opening.student().subject()).mustAttend();
                soonest = new StudentWeek.Cafe(p.getId(), p.getTitle(), next.get().starts(), next.get().ends(),
                        cafe.get().getPlace(), must);
            }
        }
        return soonest;
    }

    /**
     * Tells the class overview the student opened the week (the first time only matters there), so it says "opened"
     * before anything is done. Only a student's own opening: a teacher trying it or a mentor reading is not one.
     */
    @Transactional
    public void openedBy(Opening opening, LaunchContext launch) {
        if (!opening.readOnly() && launch.actor().isStudent() && opening.student() != null) {
            double maximum = placements.find(opening.placementId()).map(Placement::getScoreMaximum)
                    .orElse(JobSearchWeekActivity.SCORE_MAXIMUM);
            opened.fire(new ActivityOpened(opening.placementId(), opening.student().subject(), maximum, Instant.now()));
        }
    }

    /**
     * "3 af 7 opgaver lavet" and what to do next, for the student's "Mit forløb": the week counted as its page counts
     * it. Empty when the teacher has not planned the week yet, or the launch may not work in it.
     */
    @Transactional
    public Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        JobSearchWeek week = em.find(JobSearchWeek.class, placement.getId());
        StudentRef me = new StudentRef(student.platform(), student.actor().subject());
        if (week == null || !access.mayChange(student, me, CourseRef.of(placement))) {
            return Optional.empty();
        }
        List<WeekScore.Item> items = rollUp.items(week, me);
        WeekScore.Result result = WeekScore.of(items, placement.getScoreMaximum());
        // nothing done or opened inside the week: the week itself reads as not opened on "Mit forløb"
        StudentState state = result.state() == ProgressState.NOT_STARTED ? StudentState.NOT_OPENED
                : StudentState.of(result.state());
        String next = TodayPlan.next(items).map(WeekScore.Item::title).orElse(null);
        String counted = PageMessages.text(JobSearchWeekActivity.BUNDLE, student.locale(), "standing.progress",
                result.done(), result.total());
        return Optional.of(new ActivityStanding(state, result.done(), result.total(), next, counted));
    }
}
