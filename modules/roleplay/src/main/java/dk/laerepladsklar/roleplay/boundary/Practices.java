package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.roleplay.control.MoveRefused;
import dk.laerepladsklar.roleplay.control.Walk;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptState;
import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Conversation;
import dk.laerepladsklar.roleplay.entity.Practice;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Practising a placed role-play's conversation, one transaction per move. Only the path is kept (see {@link Practice}).
 * The first walk to an end reports {@link #PRACTICE_SHARE} of the activity done, inside that transaction (the package
 * comment says why it is a share and not "completed"); opening without having finished announces
 * {@link ActivityOpened}. Students only ever reach their own practice: it is looked up by the launch's platform and
 * subject. Staff may try it, kept as a preview that is never reported nor listed; mentors, observers and guests make
 * none.
 */
@ApplicationScoped
public class Practices {

    /** The share of a role-play the practice is; the recorded, assessed attempt is the rest. */
    public static final double PRACTICE_SHARE = 0.25;
    /** Practice, and the recorded attempt: what the student's page counts. */
    static final int PARTS = 2;
    static final String BUNDLE = "dk.laerepladsklar.roleplay.messages";

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    RolePlays rolePlays;
    @Inject
    Event<ProgressRecorded> recorded;
    @Inject
    Event<ActivityOpened> opened;

    /** The practice of the launch's person, started now if this is their first visit. */
    @Transactional
    public PracticeState open(PlacedRolePlay placed, LaunchContext launch) {
        Practice practice = findOrStart(placed, launch);
        if (!practice.isPreview() && !practice.hasPractised()) {
            opened.fire(new ActivityOpened(placed.placementId(), practice.getStudentSubject(), placed.scoreMaximum(),
                    Instant.now()));
        }
        return snapshot(placed, practice, launch);
    }

    /**
     * One move: at the node the page showed, this answer (or {@value Choice#OWN} with the typed words).
     *
     * @throws MoveRefused when the node is not this scenario's, the answer not the node's, or the page out of date
     */
    @Transactional(rollbackOn = MoveRefused.class)
    public PracticeState answer(PlacedRolePlay placed, LaunchContext launch, String nodeId, String answerId, String typed)
            throws MoveRefused {
        Conversation conversation = scenario(placed, launch).conversation();
        Practice practice = findOrStart(placed, launch);
        Choice choice = Walk.check(conversation, practice.path(), nodeId, answerId, typed);
        boolean ends = Walk.ends(conversation, choice);
        boolean firstTime = ends && !practice.hasPractised();
        Instant now = Instant.now();
        practice.take(choice, ends, now);
        // a student who sent their recorded attempt before practising stays "waiting for the teacher" (or done)
        if (firstTime && !practice.isPreview()
                && latestSent(placed, practice.getPlatform().value(), practice.getStudentSubject()).isEmpty()) {
            recorded.fire(new ProgressRecorded(placed.placementId(), practice.getStudentSubject(), ProgressState.IN_PROGRESS,
                    PRACTICE_SHARE, 0.0, placed.scoreMaximum(), now));
        }
        return snapshot(placed, practice, launch);
    }

    /** A new try from the start; the old path is forgotten. */
    @Transactional
    public PracticeState restart(PlacedRolePlay placed, LaunchContext launch) {
        Practice practice = findOrStart(placed, launch);
        practice.restart(Instant.now());
        return snapshot(placed, practice, launch);
    }

    /**
     * For the student's own page: practice done or not, the recorded attempt sent or assessed, and what is next. The
     * latest sent attempt decides once there is one: sent (or scored but not yet released) is waiting for the teacher,
     * released is done, with its points. Reads only.
     */
    @Transactional
    public ActivityStanding standing(PlacedRolePlay placed, LaunchContext launch) {
        Optional<Practice> practice = find(placed, launch.platform().value(), launch.actor().subject());
        boolean practised = practice.map(Practice::hasPractised).orElse(false);
        Optional<Attempt> sent = latestSent(placed, launch.platform().value(), launch.actor().subject());
        if (sent.isPresent() && sent.get().isReleased()) {
            return new ActivityStanding(StudentState.DONE, PARTS, PARTS, null, PageMessages.text(BUNDLE, launch.locale(),
                    "standing.result.assessed", sent.get().getScore(), sent.get().getScoreMaximum()));
        }
        if (sent.isPresent()) {
            return new ActivityStanding(StudentState.AWAITING_REVIEW, (practised ? 1 : 0) + 1, PARTS, null,
                    PageMessages.text(BUNDLE, launch.locale(), "standing.result.sent"));
        }
        StudentState state = StudentState.of(practice.map(Practices::reported).orElse(null));
        String next = PageMessages.text(BUNDLE, launch.locale(), practised ? "standing.next.record" : "standing.next.practise");
        return new ActivityStanding(state, practised ? 1 : 0, PARTS, next);
    }

    /** Every student's practice of a placed role-play, by name, for its teacher; a mentor gets only their mentees'. */
    @Transactional
    public List<PracticeSummary> ofEveryone(PlacedRolePlay placed, LaunchContext teacher) {
        CourseRef course = CourseRef.of(teacher).orElse(null);
        if (course == null || !access.mayFollow(teacher, course)) {
            return List.of();
        }
        Predicate<String> readable = access.readableStudents(teacher, course);
        return em.createQuery("select p from Practice p where p.placementId = :placement and p.platformId = :platform "
                        + "and p.preview = false order by lower(coalesce(p.studentName, p.studentSubject))", Practice.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", teacher.platform().value())
                .getResultStream().filter(p -> readable.test(p.getStudentSubject()))
                .map(p -> new PracticeSummary(p.getStudentSubject(), p.getStudentName(), StudentState.of(reported(p)),
                        p.getTimesFinished(), !p.isWalkFinished() && !p.path().isEmpty(), p.getUpdatedAt()))
                .toList();
    }

    /** What this practice has reported: opened, or the practice share done. */
    static ProgressState reported(Practice practice) {
        return practice.hasPractised() ? ProgressState.IN_PROGRESS : ProgressState.NOT_STARTED;
    }

    private Practice findOrStart(PlacedRolePlay placed, LaunchContext launch) {
        String subject = launch.actor().subject();
        if (!access.mayChange(launch, new StudentRef(launch.platform(), subject), CourseRef.of(launch).orElse(null))) {
            // mentors, observers and guests never reach the practice; should one get here, nothing is kept
            throw new IllegalStateException("Only students (and staff, as a preview) practise a role-play");
        }
        String name = launch.actor().name().orElse(null);
        Practice practice = find(placed, launch.platform().value(), subject).orElse(null);
        if (practice == null) {
            practice = new Practice(placed.placementId(), launch.platform(), subject, name, !launch.actor().isStudent(),
                    Instant.now());
            em.persist(practice);
        } else {
            practice.knownAs(name);
        }
        return practice;
    }

    /** The student's latest attempt that left the draft state (sent, assessed or released), if any. */
    private Optional<Attempt> latestSent(PlacedRolePlay placed, java.util.UUID platform, String subject) {
        return em.createQuery("select a from Attempt a where a.placementId = :placement and a.platformId = :platform "
                        + "and a.studentSubject = :subject and a.state <> :draft order by a.number desc", Attempt.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", platform)
                .setParameter("subject", subject).setParameter("draft", AttemptState.DRAFT).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Optional<Practice> find(PlacedRolePlay placed, java.util.UUID platform, String subject) {
        return em.createQuery("select p from Practice p where p.placementId = :placement and p.platformId = :platform "
                        + "and p.studentSubject = :subject", Practice.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", platform)
                .setParameter("subject", subject).getResultStream().findFirst();
    }

    private Scenario scenario(PlacedRolePlay placed, LaunchContext launch) {
        return rolePlays.scenario(placed, launch.locale());
    }

    private PracticeState snapshot(PlacedRolePlay placed, Practice practice, LaunchContext launch) {
        Conversation conversation = scenario(placed, launch).conversation();
        List<Choice> path = practice.path();
        return new PracticeState(placed.scenarioKey(), path, Walk.current(conversation, path).id(),
                practice.isWalkFinished(), practice.getTimesFinished(), practice.isPreview());
    }
}
