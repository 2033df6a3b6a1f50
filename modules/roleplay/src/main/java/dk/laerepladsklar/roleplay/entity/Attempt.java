package dk.laerepladsklar.roleplay.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded attempt of a student at a placed role-play: their answer to each prompt, what they were told when they
 * said yes to being recorded, their self-assessment, and the teacher's scores and feedback. A student may make several;
 * the latest counts. Its rules are its state machine: answers and self-assessment only while a draft, recordings only
 * after consent, sending only when every prompt is answered and every criterion self-rated, scores only for a sent
 * attempt, release only once scored, mentors' comments only once released. Who may take a step is the façade's
 * question ({@code Access}); whether the attempt allows it is answered here.
 */
@Entity
@Table(name = "roleplay_attempt")
public class Attempt {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "student_name")
    private String studentName;

    /** 1 for the first attempt of this student at this placement, and so on. */
    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean preview;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AttemptState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the student said yes to being recorded; null until then. */
    @Column(name = "consent_at")
    private Instant consentAt;

    /** Exactly what they were told (the page's sentence in their language): who sees it and for how long. */
    @Column(name = "consent_text", length = MAX_TEXT)
    private String consentText;

    /** Who was named as seeing it, e.g. "teacher,mentor". */
    @Column(name = "consent_audience", length = 80)
    private String consentAudience;

    /** How many days after the assessment they were told the recordings are deleted. */
    @Column(name = "consent_retention_days")
    private Integer consentRetentionDays;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "assessor_subject")
    private String assessorSubject;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** When the student said yes to a teacher sending this attempt to a master for feedback; null while they have not. */
    @Column(name = "master_consent_at")
    private Instant masterConsentAt;

    /** Exactly what they were told then (the page's sentence in their language): who sees what, for how long. */
    @Column(name = "master_consent_text", length = MAX_TEXT)
    private String masterConsentText;

    /** When they last took that yes back (which closed every open link); null if never. */
    @Column(name = "master_consent_withdrawn_at")
    private Instant masterConsentWithdrawnAt;

    /** The rubric score once assessed; null before. */
    private Integer score;

    @Column(name = "score_maximum", nullable = false)
    private int scoreMaximum;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roleplay_attempt_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<AttemptAnswer> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roleplay_attempt_self", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<Mark> selfMarks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roleplay_attempt_mark", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<Mark> teacherMarks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roleplay_attempt_comment", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<MentorComment> comments = new ArrayList<>();

    @Version
    private int version;

    protected Attempt() {
    }

    public Attempt(UUID placementId, PlatformId platform, String studentSubject, String studentName, int number,
                   boolean preview, int scoreMaximum, Instant now) {
        this.id = UUID.randomUUID();
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.platformId = platform.value();
        this.studentSubject = Objects.requireNonNull(studentSubject, "student");
        this.studentName = studentName;
        if (number < 1) {
            throw new IllegalArgumentException("Attempts count from 1");
        }
        this.number = number;
        this.preview = preview;
        this.scoreMaximum = scoreMaximum;
        this.state = AttemptState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The student says yes, having been told this; once given, it holds for the attempt. */
    public void consent(String told, String audience, int retentionDays, Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        if (told == null || told.isBlank() || told.length() > MAX_TEXT) {
            throw new AttemptRefused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        if (consentAt == null) {
            consentAt = at;
            consentText = told.strip();
            consentAudience = audience;
            consentRetentionDays = retentionDays;
            touch(at);
        }
    }

    /**
     * A recording as the answer to a prompt, replacing any earlier one (a retake).
     *
     * @return the recording it replaced, for the store to delete; empty when there was none
     */
    public Optional<UUID> answerWithRecording(Scenario scenario, String promptId, UUID mediaId, AnswerMode mode,
                                              Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        if (!hasConsent()) {
            throw new AttemptRefused(AttemptRefused.Reason.CONSENT_MISSING);
        }
        if (mode == AnswerMode.TEXT || mediaId == null) {
            throw new AttemptRefused(AttemptRefused.Reason.MEDIA_NOT_THEIRS);
        }
        requirePrompt(scenario, promptId);
        Optional<UUID> replaced = removeAnswer(promptId);
        answers.add(new AttemptAnswer(promptId, mode, mediaId, null, at));
        touch(at);
        return replaced;
    }

    /** Typed words as the answer (no consent needed: nothing is recorded); replaces a recording, which is returned. */
    public Optional<UUID> answerWithText(Scenario scenario, String promptId, String text, Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        requirePrompt(scenario, promptId);
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw new AttemptRefused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        Optional<UUID> replaced = removeAnswer(promptId);
        answers.add(new AttemptAnswer(promptId, AnswerMode.TEXT, null, text.strip(), at));
        touch(at);
        return replaced;
    }

    /** Takes an answer back (before a retake in another way); returns its recording, if it was one. */
    public Optional<UUID> withdrawAnswer(Scenario scenario, String promptId, Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        requirePrompt(scenario, promptId);
        touch(at);
        return removeAnswer(promptId);
    }

    /** The student's own rating: a level on each criterion they rate (all of them before sending). */
    public void selfAssess(Rubric rubric, List<Mark> marks, Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        RubricScore.check(rubric, marks, false);
        selfMarks.clear();
        for (Mark mark : marks) {
            selfMarks.add(Mark.level(mark.getCriterionId(), mark.getPoints()));
        }
        touch(at);
    }

    /** Sends the attempt to the teacher: every prompt answered, every criterion self-rated. */
    public void send(Scenario scenario, Instant at) throws AttemptRefused {
        requireState(AttemptState.DRAFT);
        if (!hasConsent()) {
            // the page asks first, whatever the student answers with: nothing is sent without it
            throw new AttemptRefused(AttemptRefused.Reason.CONSENT_MISSING);
        }
        for (Prompt prompt : scenario.prompts()) {
            if (answer(prompt.id()).isEmpty()) {
                throw new AttemptRefused(AttemptRefused.Reason.ANSWER_MISSING);
            }
        }
        if (!RubricScore.complete(scenario.rubric(), selfMarks)) {
            throw new AttemptRefused(AttemptRefused.Reason.SELF_ASSESSMENT_MISSING);
        }
        state = AttemptState.SENT;
        sentAt = at;
        touch(at);
    }

    /**
     * The teacher's scores: a level for every criterion, feedback and time marks as they like. May be changed until
     * released.
     *
     * @return the rubric score
     */
    public int assess(Scenario scenario, List<Mark> marks, String assessor, Instant at) throws AttemptRefused {
        requireState(AttemptState.SENT, AttemptState.ASSESSED);
        RubricScore.check(scenario.rubric(), marks, true);
        for (Mark mark : marks) {
            if (mark.getAtSecond() != null) {
                if (mark.getAtSecond() < 0 || mark.getAtSecond() > Mark.MAX_SECOND) {
                    throw new AttemptRefused(AttemptRefused.Reason.BAD_TIME_MARK);
                }
                if (answer(mark.getPromptId()).filter(AttemptAnswer::isRecording).isEmpty()) {
                    throw new AttemptRefused(AttemptRefused.Reason.BAD_TIME_MARK);
                }
            }
            if (mark.getFeedback() != null && mark.getFeedback().length() > Mark.MAX_FEEDBACK) {
                throw new AttemptRefused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
            }
        }
        teacherMarks.clear();
        teacherMarks.addAll(marks);
        score = RubricScore.points(marks);
        // the placement's rubric at the time of assessing (its points are fixed from now on)
        scoreMaximum = scenario.rubric().maxPoints();
        state = AttemptState.ASSESSED;
        assessedAt = at;
        assessorSubject = assessor;
        touch(at);
        return score;
    }

    /** Shows the scores and feedback to the student; the score goes to the gradebook. Once. */
    public void release(Instant at) throws AttemptRefused {
        requireState(AttemptState.ASSESSED);
        state = AttemptState.RELEASED;
        releasedAt = at;
        touch(at);
    }

    /** A mentor's comment on a released attempt. */
    public void comment(String author, String authorName, String text, Instant at) throws AttemptRefused {
        requireState(AttemptState.RELEASED);
        if (text == null || text.isBlank() || text.strip().length() > MentorComment.MAX_TEXT) {
            throw new AttemptRefused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        comments.add(new MentorComment(author, authorName, text.strip(), at));
        touch(at);
    }

    /**
     * The student says yes to their teacher sending this attempt to a master for feedback, having been told this. Only
     * for an attempt they have sent (a draft is still theirs alone); saying yes again keeps the first yes.
     */
    public void allowMasterFeedback(String told, Instant at) throws AttemptRefused {
        requireState(AttemptState.SENT, AttemptState.ASSESSED, AttemptState.RELEASED);
        if (told == null || told.isBlank() || told.length() > MAX_TEXT) {
            throw new AttemptRefused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        if (masterConsentAt == null) {
            masterConsentAt = at;
            masterConsentText = told.strip();
            touch(at);
        }
    }

    /**
     * The student takes their yes back: no new link can be made, and the façade closes the open ones in the same
     * transaction.
     *
     * @return whether there was a yes to take back
     */
    public boolean withdrawMasterFeedback(Instant at) {
        if (masterConsentAt == null) {
            return false;
        }
        masterConsentAt = null;
        masterConsentText = null;
        masterConsentWithdrawnAt = at;
        touch(at);
        return true;
    }

    public boolean hasMasterConsent() {
        return masterConsentAt != null;
    }

    public Optional<AttemptAnswer> answer(String promptId) {
        return answers.stream().filter(a -> a.getPromptId().equals(promptId)).findFirst();
    }

    public Optional<Mark> selfMark(String criterionId) {
        return selfMarks.stream().filter(m -> m.getCriterionId().equals(criterionId)).findFirst();
    }

    public Optional<Mark> teacherMark(String criterionId) {
        return teacherMarks.stream().filter(m -> m.getCriterionId().equals(criterionId)).findFirst();
    }

    public boolean hasConsent() {
        return consentAt != null;
    }

    public boolean isReleased() {
        return state == AttemptState.RELEASED;
    }

    /** The recordings of this attempt, by their media id. */
    public List<UUID> recordings() {
        return answers.stream().filter(AttemptAnswer::isRecording).map(AttemptAnswer::getMediaId).toList();
    }

    /** The media store's reference for this attempt's recordings of one prompt. */
    public String mediaReference(String promptId) {
        return MediaReference.of(id, promptId);
    }

    /** Keeps the LMS's latest name for the teacher's list. */
    public void knownAs(String name) {
        if (name != null && !name.isBlank()) {
            this.studentName = name;
        }
    }

    private Optional<UUID> removeAnswer(String promptId) {
        Optional<AttemptAnswer> old = answer(promptId);
        old.ifPresent(answers::remove);
        return old.map(AttemptAnswer::getMediaId);
    }

    private static void requirePrompt(Scenario scenario, String promptId) throws AttemptRefused {
        if (promptId == null || scenario.prompts().stream().noneMatch(p -> p.id().equals(promptId))) {
            throw new AttemptRefused(AttemptRefused.Reason.UNKNOWN_PROMPT);
        }
    }

    private void requireState(AttemptState... allowed) throws AttemptRefused {
        for (AttemptState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new AttemptRefused(AttemptRefused.Reason.WRONG_STATE);
    }

    private void touch(Instant at) {
        updatedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public String getStudentName() {
        return studentName;
    }

    public int getNumber() {
        return number;
    }

    public boolean isPreview() {
        return preview;
    }

    public AttemptState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentText() {
        return consentText;
    }

    public String getConsentAudience() {
        return consentAudience;
    }

    public Integer getConsentRetentionDays() {
        return consentRetentionDays;
    }

    public Instant getMasterConsentAt() {
        return masterConsentAt;
    }

    public String getMasterConsentText() {
        return masterConsentText;
    }

    public Instant getMasterConsentWithdrawnAt() {
        return masterConsentWithdrawnAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Integer getScore() {
        return score;
    }

    public int getScoreMaximum() {
        return scoreMaximum;
    }

    public List<AttemptAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public List<Mark> getSelfMarks() {
        return Collections.unmodifiableList(selfMarks);
    }

    public List<Mark> getTeacherMarks() {
        return Collections.unmodifiableList(teacherMarks);
    }

    public List<MentorComment> getComments() {
        return Collections.unmodifiableList(comments);
    }
}
