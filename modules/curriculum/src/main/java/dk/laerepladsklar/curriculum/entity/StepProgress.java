package dk.laerepladsklar.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * How far one student is with one step: whether it is done, the reflection they wrote or spoke (a voice answer in the
 * media store), and the work they showed (a photo or film in the media store, with its caption). Only the media
 * store's ids are kept here: the bytes are the store's, and the store deletes them.
 */
@Entity
@Table(name = "module_step_progress")
public class StepProgress {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_id", nullable = false)
    private ModuleProgress progress;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "reflection_text", length = ReflectionStep.MAX_LENGTH)
    private String reflectionText;

    @Column(name = "voice_media_id")
    private UUID voiceMediaId;

    @Column(name = "work_media_id")
    private UUID workMediaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_kind", length = 10)
    private WorkMedia workKind;

    @Column(name = "work_caption", length = TaskStep.MAX_CAPTION)
    private String workCaption;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StepProgress() {
    }

    StepProgress(ModuleProgress progress, String stepId, Instant now) {
        this.id = UUID.randomUUID();
        this.progress = progress;
        this.stepId = stepId;
        this.updatedAt = now;
    }

    void markDone(Instant now) {
        if (!done) {
            done = true;
            doneAt = now;
        }
        updatedAt = now;
    }

    /** The step is no longer answered (the student deleted their only answer). */
    void undo(Instant now) {
        done = false;
        doneAt = null;
        updatedAt = now;
    }

    void write(String text, Instant now) {
        reflectionText = text;
        updatedAt = now;
    }

    /** Keeps a new voice answer; the one it replaces (to be deleted from the store), if any. */
    UUID speak(UUID mediaId, Instant now) {
        UUID replaced = voiceMediaId;
        voiceMediaId = mediaId;
        updatedAt = now;
        return replaced;
    }

    /** Keeps a new shown work (the caption stays); the one it replaces, if any. */
    UUID show(UUID mediaId, WorkMedia kind, Instant now) {
        UUID replaced = workMediaId;
        workMediaId = mediaId;
        workKind = mediaId == null ? null : kind;
        updatedAt = now;
        return replaced;
    }

    void caption(String caption, Instant now) {
        workCaption = caption;
        updatedAt = now;
    }

    public String getStepId() {
        return stepId;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getReflectionText() {
        return reflectionText;
    }

    public UUID getVoiceMediaId() {
        return voiceMediaId;
    }

    public UUID getWorkMediaId() {
        return workMediaId;
    }

    public WorkMedia getWorkKind() {
        return workKind;
    }

    public String getWorkCaption() {
        return workCaption;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
