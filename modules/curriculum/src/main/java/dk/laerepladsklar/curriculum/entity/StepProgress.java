package dk.laerepladsklar.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** How far one student is with one step: whether it is done, and the reflection they wrote. */
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

    void write(String text, Instant now) {
        reflectionText = text;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
