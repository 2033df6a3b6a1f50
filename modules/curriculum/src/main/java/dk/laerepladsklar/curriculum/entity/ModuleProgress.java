package dk.laerepladsklar.curriculum.entity;

import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One student's way through one placed teaching module: which steps are done, their quiz answers and
 * reflections, where they are now, and the score and state last reported. Kept on the server, so a student
 * can stop and go on from any device. The methods say what makes a step done:
 * <ul>
 *   <li>reading: the student read on past it ({@link #markRead});</li>
 *   <li>quiz: every question has an answer ({@link #answer});</li>
 *   <li>reflection: a non-blank answer is saved ({@link #reflect}), a voice answer is kept ({@link #speak}), or
 *   both;</li>
 *   <li>task: the student ticked it off ({@link #confirm}), uploaded the file ({@link #uploaded}) or showed their work
 *   ({@link #showWork}).</li>
 * </ul>
 * A student who deletes the only answer of a reflection or the work they showed has not done that step any more.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress {

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

    /** A teacher trying the module: kept so they can go on later, but neither listed nor reported. */
    @Column(nullable = false)
    private boolean preview;

    @Column(name = "current_step", length = 80)
    private String currentStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressState state;

    @Column(name = "fraction_done", nullable = false)
    private double fractionDone;

    private Double score;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "progress", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StepProgress> steps = new ArrayList<>();

    @OneToMany(mappedBy = "progress", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuizAnswer> answers = new ArrayList<>();

    protected ModuleProgress() {
    }

    public ModuleProgress(UUID placementId, PlatformId platform, String studentSubject, String studentName, Instant now) {
        this(placementId, platform, studentSubject, studentName, false, now);
    }

    /** @param preview true for staff trying the module as students see it */
    public ModuleProgress(UUID placementId, PlatformId platform, String studentSubject, String studentName, boolean preview,
                          Instant now) {
        this.id = UUID.randomUUID();
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("Progress belongs to a student");
        }
        this.studentSubject = studentSubject;
        this.studentName = studentName;
        this.preview = preview;
        this.state = ProgressState.NOT_STARTED;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Keeps the name the platform shares up to date (it may be withheld: then the old one stays). */
    public void knownAs(String name) {
        if (name != null && !name.isBlank()) {
            this.studentName = name;
        }
    }

    public void moveTo(Step step) {
        this.currentStep = step.id();
    }

    public void markRead(ReadingStep step, Instant now) {
        stepProgress(step.id(), now).markDone(now);
        touch(now);
    }

    /** Records an answer; the first answer to a question is the one that counts for the score. */
    public QuizAnswer answer(QuizStep step, QuizQuestion question, QuizOption option, Instant now) {
        if (step.question(question.id()).isEmpty() || question.option(option.id()).isEmpty()) {
            throw new IllegalArgumentException("Option " + option.id() + " is not an answer to " + question.id() + " in " + step.id());
        }
        QuizAnswer answer = answer(step.id(), question.id()).orElse(null);
        if (answer == null) {
            answer = new QuizAnswer(this, step.id(), question, option, now);
            answers.add(answer);
        } else {
            answer.answerAgain(option, now);
        }
        if (step.questions().stream().allMatch(q -> answer(step.id(), q.id()).isPresent())) {
            stepProgress(step.id(), now).markDone(now);
        }
        touch(now);
        return answer;
    }

    /**
     * Saves the student's reflection; trimmed and at most {@link ReflectionStep#MAX_LENGTH} characters. Blank only
     * when the student has answered by voice: then the written words are taken away and the voice answer stays.
     */
    public void reflect(ReflectionStep step, String text, Instant now) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() && voice(step.id()).isEmpty()) {
            throw new IllegalArgumentException("A reflection cannot be blank");
        }
        if (trimmed.length() > ReflectionStep.MAX_LENGTH) {
            throw new IllegalArgumentException("A reflection is at most " + ReflectionStep.MAX_LENGTH + " characters");
        }
        StepProgress progress = stepProgress(step.id(), now);
        progress.write(trimmed.isEmpty() ? null : trimmed, now);
        progress.markDone(now);
        touch(now);
    }

    /**
     * Keeps a voice answer (a sound in the media store) as the answer to a reflection, beside any written one.
     *
     * @return the voice answer it replaces, which the caller deletes from the store
     */
    public Optional<UUID> speak(ReflectionStep step, UUID mediaId, Instant now) {
        StepProgress progress = stepProgress(step.id(), now);
        UUID replaced = progress.speak(Objects.requireNonNull(mediaId, "media"), now);
        progress.markDone(now);
        touch(now);
        return Optional.ofNullable(replaced);
    }

    /** Takes the voice answer away; without written words the reflection is no longer answered. */
    public Optional<UUID> unspeak(ReflectionStep step, Instant now) {
        StepProgress progress = existing(step.id()).orElse(null);
        if (progress == null || progress.getVoiceMediaId() == null) {
            return Optional.empty();
        }
        UUID removed = progress.speak(null, now);
        if (progress.getReflectionText() == null) {
            progress.undo(now);
        }
        touch(now);
        return Optional.of(removed);
    }

    /**
     * Keeps a photo or film (in the media store) as the work shown for a "show your work" task, which is then done.
     *
     * @return the work it replaces, which the caller deletes from the store
     */
    public Optional<UUID> showWork(TaskStep step, UUID mediaId, WorkMedia kind, Instant now) {
        if (!step.isShowWork()) {
            throw new IllegalArgumentException("Task " + step.id() + " takes no photo or video");
        }
        if (!step.media().contains(kind)) {
            throw new IllegalArgumentException("Task " + step.id() + " takes no " + kind.packName());
        }
        StepProgress progress = stepProgress(step.id(), now);
        UUID replaced = progress.show(Objects.requireNonNull(mediaId, "media"), kind, now);
        progress.markDone(now);
        touch(now);
        return Optional.ofNullable(replaced);
    }

    /** The student's words about the work they showed: trimmed, at most {@link TaskStep#MAX_CAPTION}; blank removes them. */
    public void caption(TaskStep step, String caption, Instant now) {
        String trimmed = caption == null ? "" : caption.strip();
        if (trimmed.length() > TaskStep.MAX_CAPTION) {
            throw new IllegalArgumentException("A caption is at most " + TaskStep.MAX_CAPTION + " characters");
        }
        StepProgress progress = existing(step.id()).filter(p -> p.getWorkMediaId() != null)
                .orElseThrow(() -> new IllegalArgumentException("Show the work before writing about it"));
        progress.caption(trimmed.isEmpty() ? null : trimmed, now);
        touch(now);
    }

    /** Takes the shown work (and its caption) away: the task is no longer done. */
    public Optional<UUID> unshowWork(TaskStep step, Instant now) {
        StepProgress progress = existing(step.id()).orElse(null);
        if (progress == null || progress.getWorkMediaId() == null) {
            return Optional.empty();
        }
        UUID removed = progress.show(null, null, now);
        progress.caption(null, now);
        progress.undo(now);
        touch(now);
        return Optional.of(removed);
    }

    public void confirm(TaskStep step, Instant now) {
        if (step.isUpload() || step.isShowWork()) {
            throw new IllegalArgumentException("Task " + step.id() + " is done by handing in a file or showing the work");
        }
        stepProgress(step.id(), now).markDone(now);
        touch(now);
    }

    public void uploaded(TaskStep step, Instant now) {
        if (!step.isUpload()) {
            throw new IllegalArgumentException("Task " + step.id() + " takes no file");
        }
        stepProgress(step.id(), now).markDone(now);
        touch(now);
    }

    /** Keeps what was last reported, so the overview shows it without recomputing. */
    public void reported(ProgressState state, double fractionDone, Double score, Instant now) {
        if (state == ProgressState.COMPLETED && this.state != ProgressState.COMPLETED) {
            completedAt = now;
        }
        this.state = state;
        this.fractionDone = fractionDone;
        this.score = score;
    }

    public boolean isDone(String stepId) {
        return steps.stream().anyMatch(s -> s.getStepId().equals(stepId) && s.isDone());
    }

    public Set<String> doneStepIds() {
        return steps.stream().filter(StepProgress::isDone).map(StepProgress::getStepId).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<QuizAnswer> answer(String stepId, String questionId) {
        return answers.stream().filter(a -> a.isFor(stepId, questionId)).findFirst();
    }

    public boolean hasAnswers() {
        return !answers.isEmpty();
    }

    public Optional<String> reflection(String stepId) {
        return steps.stream().filter(s -> s.getStepId().equals(stepId)).map(StepProgress::getReflectionText)
                .filter(Objects::nonNull).findFirst();
    }

    /** The media id of the step's voice answer, if the student spoke one. */
    public Optional<UUID> voice(String stepId) {
        return existing(stepId).map(StepProgress::getVoiceMediaId);
    }

    /** The step's shown work, if any. */
    public Optional<StepProgress> work(String stepId) {
        return existing(stepId).filter(s -> s.getWorkMediaId() != null);
    }

    /** Every step's progress, for pages and exports. */
    public List<StepProgress> stepProgress() {
        return List.copyOf(steps);
    }

    /** The first step of the module not done yet, where the student resumes; empty when all are done. */
    public Optional<Step> firstUnfinished(TeachingModule module) {
        return module.steps().stream().filter(s -> !isDone(s.id())).findFirst();
    }

    private Optional<StepProgress> existing(String stepId) {
        return steps.stream().filter(s -> s.getStepId().equals(stepId)).findFirst();
    }

    private StepProgress stepProgress(String stepId, Instant now) {
        return steps.stream().filter(s -> s.getStepId().equals(stepId)).findFirst().orElseGet(() -> {
            StepProgress created = new StepProgress(this, stepId, now);
            steps.add(created);
            return created;
        });
    }

    private void touch(Instant now) {
        this.updatedAt = now;
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

    public boolean isPreview() {
        return preview;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public ProgressState getState() {
        return state;
    }

    public double getFractionDone() {
        return fractionDone;
    }

    public Double getScore() {
        return score;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
