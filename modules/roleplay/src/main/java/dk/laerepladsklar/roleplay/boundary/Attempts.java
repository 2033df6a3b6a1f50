package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.media.MediaStored;
import dk.laerepladsklar.kernel.media.MediaUploadRule;
import dk.laerepladsklar.kernel.media.SchoolRetention;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.roleplay.entity.AnswerMode;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.entity.AttemptState;
import dk.laerepladsklar.roleplay.entity.Mark;
import dk.laerepladsklar.roleplay.entity.MediaReference;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The recorded attempts of placed role-plays, one transaction per step. A student reaches only their own attempts
 * (looked up by the launch's platform and subject); staff of the course read, score and release them; a mentor reads
 * their mentees' released attempts and comments. Everyone else finds nothing, as if there were none. Recordings are
 * uploaded to the media store naming the attempt and prompt ({@link MediaReference}); the store asks this class before
 * the first byte whether the attempt is the uploader's draft with consent ({@link MediaUploadRule}), and tells it when
 * the file is stored ({@link MediaStored}), which makes it the prompt's answer. Sending reports {@code AWAITING_REVIEW};
 * releasing reports {@code COMPLETED} with the rubric score (the gradebook sends it) and starts the recordings'
 * retention clock in the store.
 */
@ApplicationScoped
public class Attempts implements MediaUploadRule {

    /** The media store's purpose role-play recordings are uploaded with (film or sound, 300 MB). */
    public static final String PURPOSE = "recording";
    /** Who the student is told will see the recording. */
    static final String AUDIENCE = "teacher,mentor";
    private static final Logger LOG = Logger.getLogger(Attempts.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    SchoolRetention schoolRetention;
    @Inject
    Access access;
    @Inject
    Placements placements;
    @Inject
    RolePlayPlacements rolePlayPlacements;
    @Inject
    RolePlays rolePlays;
    @Inject
    MediaStore media;
    @Inject
    Event<ProgressRecorded> recorded;

    /** The launch's own attempts at this placement, the latest first. */
    @Transactional
    public List<Attempt> own(PlacedRolePlay placed, LaunchContext launch) {
        return em.createQuery("select a from Attempt a where a.placementId = :placement and a.platformId = :platform "
                        + "and a.studentSubject = :subject order by a.number desc", Attempt.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", launch.platform().value())
                .setParameter("subject", launch.actor().subject()).getResultList();
    }

    /** The launch's draft, started now (as the next attempt) when the latest is sent or there is none. */
    @Transactional
    public Attempt draft(PlacedRolePlay placed, LaunchContext launch) {
        requireOwnWork(launch);
        List<Attempt> mine = own(placed, launch);
        if (!mine.isEmpty() && mine.get(0).getState() == AttemptState.DRAFT) {
            mine.get(0).knownAs(launch.actor().name().orElse(null));
            return mine.get(0);
        }
        Attempt attempt = new Attempt(placed.placementId(), launch.platform(), launch.actor().subject(),
                launch.actor().name().orElse(null), mine.isEmpty() ? 1 : mine.get(0).getNumber() + 1,
                !launch.actor().isStudent(), scenario(placed, launch).rubric().maxPoints(), Instant.now());
        em.persist(attempt);
        return attempt;
    }

    /** The student says yes to being recorded, having been told who sees it and for how long (the page's sentence). */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt consent(PlacedRolePlay placed, LaunchContext launch, UUID attemptId) throws AttemptRefused {
        Attempt attempt = ownAttempt(placed, launch, attemptId);
        attempt.consent(consentText(launch), AUDIENCE, retentionDays(launch), Instant.now());
        return attempt;
    }

    /** What the student is told before recording, in their language, with the retention the store deletes by. */
    public String consentText(LaunchContext launch) {
        return PageMessages.text(Practices.BUNDLE, launch.locale(), "record.consent.told", retentionDays(launch));
    }

    /** Days from assessment to deletion at the launch's school (its own setting, else the operator's default). */
    public int retentionDays(LaunchContext launch) {
        return schoolRetention.of(launch.platform()).days();
    }

    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt answerWithText(PlacedRolePlay placed, LaunchContext launch, UUID attemptId, String promptId, String text)
            throws AttemptRefused {
        Attempt attempt = ownAttempt(placed, launch, attemptId);
        attempt.answerWithText(scenario(placed, launch), promptId, text, Instant.now()).ifPresent(media::delete);
        return attempt;
    }

    /** Takes an answer back; its recording is deleted from the store at once. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt withdraw(PlacedRolePlay placed, LaunchContext launch, UUID attemptId, String promptId)
            throws AttemptRefused {
        Attempt attempt = ownAttempt(placed, launch, attemptId);
        attempt.withdrawAnswer(scenario(placed, launch), promptId, Instant.now()).ifPresent(media::delete);
        return attempt;
    }

    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt selfAssess(PlacedRolePlay placed, LaunchContext launch, UUID attemptId, List<Mark> marks)
            throws AttemptRefused {
        Attempt attempt = ownAttempt(placed, launch, attemptId);
        attempt.selfAssess(scenario(placed, launch).rubric(), marks, Instant.now());
        return attempt;
    }

    @Transactional(rollbackOn = AttemptRefused.class)
    public Attempt send(PlacedRolePlay placed, LaunchContext launch, UUID attemptId) throws AttemptRefused {
        Attempt attempt = ownAttempt(placed, launch, attemptId);
        Instant now = Instant.now();
        attempt.send(scenario(placed, launch), now);
        if (!attempt.isPreview()) {
            recorded.fire(new ProgressRecorded(placed.placementId(), attempt.getStudentSubject(),
                    ProgressState.AWAITING_REVIEW, 0.9, null, placed.scoreMaximum(), now));
        }
        return attempt;
    }

    /** For the teacher's and mentor's page: the attempt, if this launch may see it. */
    @Transactional
    public Optional<AttemptReview> review(String attemptId, LaunchContext launch) {
        return findAttempt(attemptId).flatMap(a -> reviewOf(a, launch));
    }

    /**
     * For a review launch from the LMS's gradebook: this student's latest attempt at the placement that this launch may
     * see (staff: the latest sent; a mentor: the latest released). Empty when there is none, or none to see.
     */
    @Transactional
    public Optional<AttemptReview> latestOf(String placementId, String studentSubject, LaunchContext launch) {
        Optional<PlacedRolePlay> placed = reviewable(placementId, studentSubject, launch);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Attempt a where a.placementId = :placement and a.platformId = :platform "
                        + "and a.studentSubject = :subject and a.preview = false and a.state <> :draft "
                        + "order by a.number desc", Attempt.class)
                .setParameter("placement", placed.get().placementId()).setParameter("platform", launch.platform().value())
                .setParameter("subject", studentSubject).setParameter("draft", AttemptState.DRAFT).getResultStream()
                .map(a -> reviewOf(a, launch)).flatMap(Optional::stream).findFirst();
    }

    /** The placement, if the launch follows it and may read this student's work there (their attempts or none). */
    @Transactional
    public Optional<PlacedRolePlay> reviewable(String placementId, String studentSubject, LaunchContext launch) {
        if (studentSubject == null || studentSubject.isBlank()) {
            return Optional.empty();
        }
        return rolePlayPlacements.openToFollow(placementId, launch).filter(p -> CourseRef.of(launch)
                .filter(course -> access.mayRead(launch, new StudentRef(launch.platform(), studentSubject), course))
                .isPresent());
    }

    /** The teacher's levels, feedback and time marks; may be changed until released. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Optional<AttemptReview> assess(String attemptId, LaunchContext launch, List<Mark> marks) throws AttemptRefused {
        Optional<AttemptReview> review = lockedReview(attemptId, launch).filter(AttemptReview::mayAssess);
        if (review.isPresent()) {
            review.get().attempt().assess(review.get().scenario(), marks, launch.actor().subject(), Instant.now());
        }
        return review;
    }

    /**
     * Shows the scores to the student, reports the rubric score as {@code COMPLETED} (the gradebook sends it) and marks
     * the recordings assessed in the store, which deletes them after its retention.
     */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Optional<AttemptReview> release(String attemptId, LaunchContext launch) throws AttemptRefused {
        Optional<AttemptReview> review = lockedReview(attemptId, launch).filter(AttemptReview::mayAssess);
        if (review.isPresent()) {
            Attempt attempt = review.get().attempt();
            Instant now = Instant.now();
            attempt.release(now);
            attempt.recordings().forEach(id -> media.assessed(id, now));
            if (!attempt.isPreview()) {
                // the rubric's points over the rubric's total, as assessed: the LMS scales them to its column's maximum
                // (the line item keeps the scenario's total it was placed with; a teacher's own rubric may differ)
                recorded.fire(new ProgressRecorded(attempt.getPlacementId(), attempt.getStudentSubject(),
                        ProgressState.COMPLETED, 1.0, (double) attempt.getScore(), attempt.getScoreMaximum(), now));
            }
        }
        return review;
    }

    /** A mentor's comment on a released attempt of their mentee. */
    @Transactional(rollbackOn = AttemptRefused.class)
    public Optional<AttemptReview> comment(String attemptId, LaunchContext launch, String text) throws AttemptRefused {
        Optional<AttemptReview> review = lockedReview(attemptId, launch).filter(AttemptReview::mayComment);
        if (review.isPresent()) {
            review.get().attempt().comment(launch.actor().subject(), launch.actor().name().orElse(null), text,
                    Instant.now());
        }
        return review;
    }

    /** Every student's latest sent attempt at a placement, for the teacher's overview (a mentor: released ones). */
    @Transactional
    public List<Attempt> latestOfEveryone(PlacedRolePlay placed, LaunchContext follower) {
        CourseRef course = CourseRef.of(follower).orElse(null);
        if (course == null || !access.mayFollow(follower, course)) {
            return List.of();
        }
        Predicate<String> readable = access.readableStudents(follower, course);
        boolean staff = follower.actor().isStaff();
        List<Attempt> all = em.createQuery("select a from Attempt a where a.placementId = :placement "
                        + "and a.platformId = :platform and a.preview = false and a.state <> :draft "
                        + "order by a.studentSubject, a.number desc", Attempt.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", follower.platform().value())
                .setParameter("draft", AttemptState.DRAFT).getResultList();
        java.util.Map<String, Attempt> latest = new java.util.LinkedHashMap<>();
        for (Attempt a : all) {
            if (readable.test(a.getStudentSubject()) && (staff || a.isReleased())) {
                latest.putIfAbsent(a.getStudentSubject(), a);
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * Before the first byte of a role-play recording: the reference must name a draft of the uploader's own, in the
     * launch's course, to which they have given consent.
     */
    @Override
    @Transactional
    public Optional<String> refusal(String purpose, String reference, LaunchContext uploader) {
        Optional<MediaReference> ref = MediaReference.parse(reference);
        if (ref.isEmpty()) {
            // not a role-play's upload (or a reference that only looks like one): not ours to judge, unless it claims to be
            return reference != null && reference.startsWith(MediaReference.PREFIX)
                    ? Optional.of("MEDIA_NOT_ALLOWED") : Optional.empty();
        }
        Attempt attempt = em.find(Attempt.class, ref.get().attempt());
        if (attempt == null || !attempt.getPlatform().equals(uploader.platform())
                || !attempt.getStudentSubject().equals(uploader.actor().subject())
                || rolePlayPlacements.openToPractise(attempt.getPlacementId().toString(), uploader).isEmpty()) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        if (attempt.getState() != AttemptState.DRAFT) {
            return Optional.of("MEDIA_NOT_ALLOWED");
        }
        return attempt.hasConsent() ? Optional.empty() : Optional.of("MEDIA_CONSENT_MISSING");
    }

    /**
     * A recording has been stored: it becomes the answer to its prompt, replacing (and deleting) an earlier one. In the
     * storing transaction, so a recording that cannot be an answer (the attempt was sent meanwhile) is not kept either.
     */
    void stored(@Observes MediaStored event) {
        MediaItem item = event.item();
        Optional<MediaReference> ref = MediaReference.parse(item.reference());
        if (ref.isEmpty() || !PURPOSE.equals(item.purpose())) {
            return;
        }
        Attempt attempt = locked(ref.get().attempt());
        if (attempt == null || !attempt.getPlatform().equals(item.owner().platform())
                || !attempt.getStudentSubject().equals(item.owner().subject())) {
            throw new IllegalStateException("A role-play recording for an attempt that is not its owner's");
        }
        Scenario scenario = placements.find(attempt.getPlacementId())
                .flatMap(p -> rolePlays.scenario(p.getActivity().key(), java.util.Locale.forLanguageTag("da")))
                .orElseThrow(() -> new IllegalStateException("No scenario for the attempt"));
        // a sound the store recognises as one stays a sound; a WebM (film or sound to the store) is what the recorder says
        AnswerMode mode = item.kind() == MediaKind.AUDIO || ref.get().mode() == AnswerMode.AUDIO ? AnswerMode.AUDIO
                : AnswerMode.VIDEO;
        try {
            attempt.answerWithRecording(scenario, ref.get().promptId(), item.id(), mode, Instant.now())
                    .ifPresent(media::delete);
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play recording not taken: %s", refused.reason());
            throw new IllegalStateException("The recording cannot be this attempt's answer: " + refused.reason());
        }
    }

    /** The media id of an answer's recording, for the pages' players. */
    public Optional<MediaItem> recording(UUID mediaId) {
        return mediaId == null ? Optional.empty() : media.find(mediaId);
    }

    Optional<AttemptReview> lockedReview(String attemptId, LaunchContext launch) {
        try {
            return attemptId == null ? Optional.empty()
                    : Optional.ofNullable(locked(UUID.fromString(attemptId))).flatMap(a -> reviewOf(a, launch));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The attempt, its row locked for this transaction (two tabs, a retake racing its upload): the row alone is locked
     * first, then the attempt read with its answers and marks (locking while joining them makes Hibernate lock in a
     * second query anyway, and say so in the log on every call).
     */
    Attempt locked(UUID id) {
        List<UUID> found = em.createQuery("select a.id from Attempt a where a.id = :id", UUID.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return found.isEmpty() ? null : em.find(Attempt.class, id);
    }

    private Optional<AttemptReview> reviewOf(Attempt attempt, LaunchContext launch) {
        if (attempt.isPreview() || attempt.getState() == AttemptState.DRAFT
                || !attempt.getPlatform().equals(launch.platform())) {
            return Optional.empty();
        }
        Optional<PlacedRolePlay> placed = rolePlayPlacements.openToFollow(attempt.getPlacementId().toString(), launch);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        CourseRef course = CourseRef.of(launch).orElseThrow();
        if (!access.mayRead(launch, new StudentRef(attempt.getPlatform(), attempt.getStudentSubject()), course)) {
            return Optional.empty();
        }
        boolean staff = launch.actor().isStaff() && access.mayTeach(launch, course);
        if (!staff && !attempt.isReleased()) {
            return Optional.empty(); // a mentor sees only what the teacher has released
        }
        Scenario scenario = scenario(placed.get(), launch);
        return Optional.of(new AttemptReview(attempt, placed.get(), scenario, staff,
                !staff && launch.actor().isMentor() && attempt.isReleased()));
    }

    private Optional<Attempt> findAttempt(String attemptId) {
        try {
            return attemptId == null ? Optional.empty() : Optional.ofNullable(em.find(Attempt.class, UUID.fromString(attemptId)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Attempt ownAttempt(PlacedRolePlay placed, LaunchContext launch, UUID attemptId) throws AttemptRefused {
        requireOwnWork(launch);
        Attempt attempt = attemptId == null ? null : locked(attemptId);
        if (attempt == null || !attempt.getPlacementId().equals(placed.placementId())
                || !attempt.getPlatform().equals(launch.platform())
                || !attempt.getStudentSubject().equals(launch.actor().subject())) {
            throw new AttemptNotFound();
        }
        attempt.knownAs(launch.actor().name().orElse(null));
        return attempt;
    }

    private void requireOwnWork(LaunchContext launch) {
        if (!access.mayChange(launch, new StudentRef(launch.platform(), launch.actor().subject()),
                CourseRef.of(launch).orElse(null))) {
            throw new AttemptNotFound();
        }
    }

    private Scenario scenario(PlacedRolePlay placed, LaunchContext launch) {
        return rolePlays.scenario(placed, launch.locale());
    }

    /** Someone else's attempt, or none: the endpoints answer 404 either way. */
    public static class AttemptNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AttemptNotFound() {
            super("No such attempt of this launch", null, false, false);
        }
    }
}
