package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.ClassNote;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanPlacement;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import dk.laerepladsklar.careerplan.entity.ScoreRule;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a student does with their own plan, one transaction per change: the plan is looked up by the launch's platform
 * and user id, so nobody reaches another's plan through here. Every change of the plan's state is reported to each
 * placement the plan was opened from ({@link ProgressRecorded}), so each course's gradebook column follows the one
 * plan; opening the plan from a new course reports its state there at once (a new course picks up the plan).
 */
@ApplicationScoped
public class CareerPlans {

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    Event<ProgressRecorded> recorded;

    /** The student's plan, if they have one (read-only: nothing is created). */
    @Transactional
    public Optional<CareerPlan> find(StudentRef student) {
        return em.createQuery("select p from CareerPlan p where p.platformId = :platform and p.studentSubject = :subject",
                        CareerPlan.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultStream().findFirst();
    }

    public PlanState stateOf(StudentRef student) {
        return find(student).map(CareerPlan::getState).orElse(PlanState.NOT_STARTED);
    }

    /**
     * The launch's own plan, opened from this placement: made on the first visit, and tied to the placement so its
     * state reaches this course's gradebook column.
     */
    @Transactional
    public CareerPlan open(PlacedPlan placed, LaunchContext launch) {
        StudentRef me = self(launch);
        Instant now = Instant.now();
        CareerPlan plan = find(me).orElseGet(() -> {
            CareerPlan created = new CareerPlan(me, launch.actor().name().orElse(null), now);
            em.persist(created);
            return created;
        });
        plan.knownAs(launch.actor().name().orElse(null));
        if (em.find(PlanPlacement.class, new PlanPlacement.Key(plan.getId(), placed.placementId())) == null) {
            em.persist(new PlanPlacement(plan.getId(), placed.placementId(), now));
            if (launch.actor().isStudent() && plan.getState() != PlanState.NOT_STARTED) {
                report(plan, List.of(placed.placementId()), now);
            }
        }
        return plan;
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan write(PlacedPlan placed, LaunchContext launch, PlanSection section, String text) {
        return change(placed, launch, (plan, now) -> plan.write(section, text, now));
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan seek(PlacedPlan placed, LaunchContext launch, String trade, String area) {
        return change(placed, launch, (plan, now) -> plan.seek(trade, area, now));
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan addStep(PlacedPlan placed, LaunchContext launch, String text, LocalDate due) {
        return change(placed, launch, (plan, now) -> plan.addStep(text, due, now));
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan changeStep(PlacedPlan placed, LaunchContext launch, String stepId, String text, LocalDate due) {
        return change(placed, launch, (plan, now) -> plan.changeStep(stepId, text, due, now));
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan completeStep(PlacedPlan placed, LaunchContext launch, String stepId, boolean done) {
        return change(placed, launch, (plan, now) -> {
            if (done) {
                plan.completeStep(stepId, now);
            } else {
                plan.reopenStep(stepId, now);
            }
        });
    }

    @Transactional(rollbackOn = PlanRefused.class)
    public CareerPlan removeStep(PlacedPlan placed, LaunchContext launch, String stepId) {
        return change(placed, launch, (plan, now) -> plan.removeStep(stepId, now));
    }

    @Transactional
    public CareerPlan shareSupport(PlacedPlan placed, LaunchContext launch, boolean shared) {
        return change(placed, launch, (plan, now) -> plan.shareSupport(shared));
    }

    /** Sends the plan as it stands for feedback: a new version, and the state reported to every course's column. */
    @Transactional(rollbackOn = PlanRefused.class)
    public PlanVersion send(PlacedPlan placed, LaunchContext launch) {
        CareerPlan plan = lockedOwn(placed, launch);
        Instant now = Instant.now();
        PlanVersion version = plan.send(now);
        em.persist(version);
        if (launch.actor().isStudent()) {
            report(plan, placementsOf(plan), now);
        }
        return version;
    }

    /** Every version the student sent, the latest first. */
    @Transactional
    public List<PlanVersion> versions(CareerPlan plan) {
        return em.createQuery("select v from PlanVersion v where v.planId = :plan order by v.number desc",
                PlanVersion.class).setParameter("plan", plan.getId()).getResultList();
    }

    public Optional<PlanVersion> latestVersion(CareerPlan plan) {
        return versions(plan).stream().findFirst();
    }

    /** Every comment on the plan, in the order written. */
    @Transactional
    public List<PlanComment> comments(CareerPlan plan) {
        return em.createQuery("select c from PlanComment c where c.planId = :plan order by c.writtenAt, c.id",
                PlanComment.class).setParameter("plan", plan.getId()).getResultList();
    }

    /** The teachers' notes to the whole class of this course, per section, in the order written. */
    @Transactional
    public List<ClassNote> classNotes(CourseRef course) {
        return em.createQuery("select n from ClassNote n where n.platformId = :platform and n.contextId = :course "
                        + "order by n.writtenAt, n.id", ClassNote.class)
                .setParameter("platform", course.platform().value()).setParameter("course", course.courseId())
                .getResultList();
    }

    /** The placements the plan was opened from. */
    List<java.util.UUID> placementsOf(CareerPlan plan) {
        return em.createQuery("select l.placementId from PlanPlacement l where l.planId = :plan", java.util.UUID.class)
                .setParameter("plan", plan.getId()).getResultList();
    }

    /**
     * Tells each placement's gradebook where the plan stands: done (the placement's points) as its rule says, waiting
     * for a teacher when sent under "points on approval", in progress while written on.
     */
    void report(CareerPlan plan, List<java.util.UUID> placementIds, Instant at) {
        for (java.util.UUID placementId : placementIds) {
            placements.find(placementId).filter(p -> !p.isProvisional()).ifPresent(placement -> {
                ScoreRule rule = ScoreRule.byOfferKey(placement.getActivity().key()).orElse(ScoreRule.ON_APPROVAL);
                PlanState state = plan.getState();
                double max = placement.getScoreMaximum();
                ProgressRecorded progress;
                if (rule.isDone(state)) {
                    progress = new ProgressRecorded(placementId, plan.student().subject(), ProgressState.COMPLETED, 1,
                            max, max, at);
                } else if (state == PlanState.SENT) {
                    progress = new ProgressRecorded(placementId, plan.student().subject(),
                            ProgressState.AWAITING_REVIEW, 1, null, max, at);
                } else if (state == PlanState.NEEDS_CHANGES) {
                    // a score of 0 (not none), so the gradebook hears "in progress, pending" instead of keeping
                    // "submitted, waiting for the teacher" or an earlier approval's full points
                    progress = new ProgressRecorded(placementId, plan.student().subject(), ProgressState.IN_PROGRESS,
                            answeredShare(plan), 0.0, max, at);
                } else {
                    progress = new ProgressRecorded(placementId, plan.student().subject(),
                            state == PlanState.NOT_STARTED ? ProgressState.NOT_STARTED : ProgressState.IN_PROGRESS,
                            answeredShare(plan), null, max, at);
                }
                recorded.fire(progress);
            });
        }
    }

    private static double answeredShare(CareerPlan plan) {
        long answered = Arrays.stream(PlanSection.values())
                .filter(s -> plan.answer(s).map(a -> a.isAnswered()).orElse(false)).count()
                + (plan.getSteps().isEmpty() ? 0 : 1);
        return Math.min(1.0, answered / (double) (PlanSection.values().length + 1));
    }

    private CareerPlan change(PlacedPlan placed, LaunchContext launch, Change change) {
        CareerPlan plan = lockedOwn(placed, launch);
        PlanState before = plan.getState();
        Instant now = Instant.now();
        change.apply(plan, now);
        if (before != plan.getState() && launch.actor().isStudent()) {
            report(plan, placementsOf(plan), now);
        }
        return plan;
    }

    private CareerPlan lockedOwn(PlacedPlan placed, LaunchContext launch) {
        CareerPlan plan = open(placed, launch);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return plan;
    }

    private static StudentRef self(LaunchContext launch) {
        return new StudentRef(launch.platform(), launch.actor().subject());
    }

    @FunctionalInterface
    private interface Change {
        void apply(CareerPlan plan, Instant now);
    }

}
