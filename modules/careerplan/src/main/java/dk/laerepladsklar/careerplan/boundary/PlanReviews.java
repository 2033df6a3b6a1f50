package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.ClassNote;
import dk.laerepladsklar.careerplan.entity.CommentAuthor;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What teachers and mentors do beside a student's plan: read it (the support section only when the student shares
 * it), comment on a section of a sent version, ask for changes or approve (staff only), and write notes to a section
 * for the whole class. A teacher reaches only plans opened from a placement in their own course; a mentor only their
 * mentees'. A plan the launch may not read is not found, as if there were none.
 */
@ApplicationScoped
public class PlanReviews {

    private static final Logger LOG = Logger.getLogger(PlanReviews.class);

    /** One row of the class view: a student's plan as the teacher sees it at a glance. */
    public record PlanRow(String studentSubject, String studentName, dk.laerepladsklar.careerplan.entity.PlanState state,
                          boolean unsentChanges, Instant updatedAt, int overdueSteps, int versionsSent) {
    }

    /**
     * One student of the class view: their plan at a glance, or, for a student on the course's roster who has not
     * opened the plan from this course, a row that says so ({@code opened} false, no dates).
     */
    public record ClassRow(String studentSubject, String studentName, PlanState state, StudentState standing,
                           boolean opened, boolean unsentChanges, Instant updatedAt, int overdueSteps,
                           int versionsSent) implements java.io.Serializable {
    }

    /** The class view's rows and whether the roster could be read (else only students who opened the plan show). */
    public record ClassRows(List<ClassRow> rows, boolean rosterRead) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    CareerPlans plans;
    @Inject
    CourseRoster roster;

    /** The plans opened from placements in this placement's course that the launch may read, by last change. */
    @Transactional
    public List<PlanRow> classPlans(PlacedPlan placed, LaunchContext launch, LocalDate today) {
        Predicate<String> readable = access.readableStudents(launch, placed.course());
        return plansInCourse(placed).stream()
                .filter(p -> readable.test(p.student().subject()))
                .map(p -> new PlanRow(p.student().subject(), p.getStudentName(), p.getState(), p.hasUnsentChanges(),
                        p.getUpdatedAt(), p.overdueSteps(today).size(), p.getVersionsSent()))
                .sorted(java.util.Comparator.comparing(PlanRow::updatedAt).reversed())
                .toList();
    }

    /**
     * Every student of the course the launch may follow: those who opened the plan from this course, and the learners
     * on the course's roster (NRPS) who have not, as not opened. Not in one transaction: the platform is asked outside
     * any. Sorted by name (a teacher looks for a student), students without a name last.
     */
    public ClassRows classRows(PlacedPlan placed, LaunchContext launch, LocalDate today) {
        Predicate<String> readable = access.readableStudents(launch, placed.course());
        Map<String, ClassRow> bySubject = new LinkedHashMap<>();
        for (PlanRow p : classPlans(placed, launch, today)) {
            bySubject.put(p.studentSubject(), new ClassRow(p.studentSubject(), p.studentName(), p.state(),
                    CareerPlanActivity.studentState(p.state(), placed.rule()), true, p.unsentChanges(), p.updatedAt(),
                    p.overdueSteps(), p.versionsSent()));
        }
        // The roster the class page fetched a moment ago serves here too: the platform is not asked on every load.
        CourseRoster.Fetched fetched = roster.members(launch, false);
        boolean rosterRead = fetched.problem() == null;
        if (rosterRead) {
            for (Member member : fetched.members()) {
                if (member.isLearner() && member.active() && readable.test(member.subject())) {
                    bySubject.putIfAbsent(member.subject(), new ClassRow(member.subject(),
                            member.displayName().orElse(null), PlanState.NOT_STARTED, StudentState.NOT_OPENED, false,
                            false, null, 0, 0));
                }
            }
        } else {
            LOG.infof("Career plan class view without the roster: %s", fetched.problem());
        }
        List<ClassRow> rows = new ArrayList<>(bySubject.values());
        rows.sort(Comparator.comparing((ClassRow r) -> r.studentName() == null || r.studentName().isBlank())
                .thenComparing(r -> r.studentName() == null ? r.studentSubject() : r.studentName().toLowerCase(Locale.ROOT)));
        return new ClassRows(List.copyOf(rows), rosterRead);
    }

    /** Whether this launch may give a verdict on plans of this course (staff; never a mentor). */
    public boolean mayJudge(PlacedPlan placed, LaunchContext launch) {
        return access.mayTeach(launch, placed.course());
    }

    /** Whether this launch may comment on this student's plan: staff of the course or the student's mentor. */
    public boolean mayComment(PlacedPlan placed, LaunchContext launch, CareerPlan plan) {
        return access.mayReview(launch, plan.student(), placed.course());
    }

    /** A student's plan, if it was opened in this course and the launch may read it. */
    @Transactional
    public Optional<CareerPlan> plan(PlacedPlan placed, LaunchContext launch, String studentSubject) {
        if (!StudentRef.isSubject(studentSubject)) {
            return Optional.empty();
        }
        StudentRef student = new StudentRef(placed.course().platform(), studentSubject);
        if (!access.mayRead(launch, student, placed.course())) {
            return Optional.empty();
        }
        return plans.find(student).filter(p -> openedInCourse(p, placed));
    }

    /** What this reader may see of a plan snapshot: the support section only for the student or when shared. */
    public static PlanSnapshot readable(CareerPlan plan, PlanSnapshot snapshot, LaunchContext reader) {
        boolean own = plan.student().subject().equals(reader.actor().subject())
                && plan.student().platform().equals(reader.platform());
        return own || plan.isSupportShared() ? snapshot : snapshot.withoutSensitive();
    }

    /** A comment beside a section of a sent version (or on the whole plan when the section is null). */
    @Transactional(rollbackOn = PlanRefused.class)
    public PlanComment comment(PlacedPlan placed, LaunchContext launch, String studentSubject, int versionNumber,
                               PlanSection section, String text) {
        CareerPlan plan = reviewable(placed, launch, studentSubject);
        if (section != null && section.isSensitive() && !plan.isSupportShared()) {
            throw new PlanRefused("PLAN_SECTION_NOT_SHARED");
        }
        CommentAuthor role = launch.actor().isStaff() ? CommentAuthor.TEACHER : CommentAuthor.MENTOR;
        PlanComment comment = new PlanComment(plan, versionNumber, section, launch.actor().subject(),
                launch.actor().name().orElse(null), role, text, Instant.now());
        em.persist(comment);
        return comment;
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan askForChanges(PlacedPlan placed, LaunchContext launch, String studentSubject) {
        return verdict(placed, launch, studentSubject, false);
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan approve(PlacedPlan placed, LaunchContext launch, String studentSubject) {
        return verdict(placed, launch, studentSubject, true);
    }

    /** A note to a section for the whole class of the course (group guidance): staff only. */
    @Transactional(rollbackOn = PlanRefused.class)
    public ClassNote addClassNote(PlacedPlan placed, LaunchContext launch, PlanSection section, String text) {
        if (!access.mayTeach(launch, placed.course())) {
            throw new PlanRefused("PLAN_NOT_STAFF");
        }
        ClassNote note = new ClassNote(placed.course().platform(), placed.course().courseId(), section,
                launch.actor().subject(), launch.actor().name().orElse(null), text, Instant.now());
        em.persist(note);
        return note;
    }

    /** Removes a class note of this course (staff only); false when there is no such note here. */
    @Transactional
    public boolean removeClassNote(PlacedPlan placed, LaunchContext launch, UUID noteId) {
        if (!access.mayTeach(launch, placed.course())) {
            return false;
        }
        ClassNote note = em.find(ClassNote.class, noteId);
        if (note == null || !note.getContextId().equals(placed.course().courseId())
                || plans.classNotes(placed.course()).stream().noneMatch(n -> n.getId().equals(noteId))) {
            return false;
        }
        em.remove(note);
        return true;
    }

    private CareerPlan verdict(PlacedPlan placed, LaunchContext launch, String studentSubject, boolean approve) {
        if (!access.mayTeach(launch, placed.course())) {
            throw new PlanRefused("PLAN_NOT_STAFF");
        }
        CareerPlan plan = reviewable(placed, launch, studentSubject);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PlanVersion latest = plans.latestVersion(plan).orElseThrow(() -> new PlanRefused("PLAN_NOT_SENT"));
        Instant now = Instant.now();
        if (approve) {
            plan.approve(latest, launch.actor().subject(), now);
        } else {
            plan.askForChanges(latest, launch.actor().subject(), now);
        }
        plans.report(plan, plans.placementsOf(plan), now);
        return plan;
    }

    /** The plan of a student the launch reviews: staff of the course or the student's mentor; else not found. */
    private CareerPlan reviewable(PlacedPlan placed, LaunchContext launch, String studentSubject) {
        CareerPlan plan = plan(placed, launch, studentSubject).orElseThrow(() -> new PlanRefused("PLAN_NOT_FOUND"));
        if (!access.mayReview(launch, plan.student(), placed.course())) {
            throw new PlanRefused("PLAN_NOT_FOUND");
        }
        return plan;
    }

    private List<CareerPlan> plansInCourse(PlacedPlan placed) {
        return em.createQuery("select distinct p from CareerPlan p, PlanPlacement l, Placement pl "
                        + "where l.planId = p.id and pl.id = l.placementId and pl.platformId = :platform "
                        + "and pl.contextId = :course", CareerPlan.class)
                .setParameter("platform", placed.course().platform().value())
                .setParameter("course", placed.course().courseId())
                .getResultList();
    }

    private boolean openedInCourse(CareerPlan plan, PlacedPlan placed) {
        return em.createQuery("select count(l) from PlanPlacement l, Placement pl where l.planId = :plan "
                        + "and pl.id = l.placementId and pl.platformId = :platform and pl.contextId = :course", Long.class)
                .setParameter("plan", plan.getId())
                .setParameter("platform", placed.course().platform().value())
                .setParameter("course", placed.course().courseId())
                .getSingleResult() > 0;
    }
}
