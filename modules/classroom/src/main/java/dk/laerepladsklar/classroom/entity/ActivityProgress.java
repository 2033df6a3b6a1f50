package dk.laerepladsklar.classroom.entity;

import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One student's progress in one placed activity, as the activity last reported it. */
@Entity
@Table(name = "activity_progress")
public class ActivityProgress {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressState state;

    @Column(name = "fraction_done", nullable = false)
    private double fractionDone;

    private Double score;

    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ActivityProgress() {
    }

    public ActivityProgress(ProgressRecorded first) {
        this.id = UUID.randomUUID();
        this.placementId = first.placementId();
        this.studentSubject = first.studentSubject();
        apply(first);
    }

    /** Takes a newer report; an older one arriving late changes nothing. */
    public void apply(ProgressRecorded progress) {
        if (updatedAt != null && progress.at().isBefore(updatedAt)) {
            return;
        }
        this.state = progress.state();
        this.fractionDone = progress.fractionDone();
        this.score = progress.score();
        this.scoreMaximum = progress.scoreMaximum();
        this.updatedAt = progress.at();
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public String getStudentSubject() {
        return studentSubject;
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

    public double getScoreMaximum() {
        return scoreMaximum;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
