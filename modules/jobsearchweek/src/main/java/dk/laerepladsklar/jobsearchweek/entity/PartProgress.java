package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How far one student is in one activity placed as a part of a week, as the activity last reported it: the week's own
 * copy, so its pages and score need no other module. The latest report wins.
 */
@Entity
@Table(name = "week_part_progress")
@IdClass(PartProgress.Key.class)
public class PartProgress {

    @Id
    @Column(name = "part_id")
    private UUID partId;

    @Id
    @Column(name = "student_subject")
    private String studentSubject;

    @Column(name = "week_id", nullable = false)
    private UUID weekId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgressState state;

    @Column(name = "fraction_done", nullable = false)
    private double fractionDone;

    private Double score;

    /** What the score is out of, as the report said (null for records kept before it was kept). */
    @Column(name = "score_maximum")
    private Double scoreMaximum;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PartProgress() {
    }

    public PartProgress(UUID weekId, PlatformId platform, ProgressRecorded progress) {
        this.partId = progress.placementId();
        this.studentSubject = progress.studentSubject();
        this.weekId = Objects.requireNonNull(weekId, "week");
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        apply(progress);
    }

    /** The latest report: an older one arriving late changes nothing. */
    public void apply(ProgressRecorded progress) {
        if (recordedAt != null && progress.at().isBefore(recordedAt)) {
            return;
        }
        this.state = progress.state();
        this.fractionDone = progress.fractionDone();
        this.score = progress.score();
        this.scoreMaximum = progress.scoreMaximum();
        this.recordedAt = progress.at();
    }

    /** Handed in or finished: what the week counts as done (a teacher's assessment may still come). */
    public boolean isDone() {
        return state == ProgressState.COMPLETED || state == ProgressState.AWAITING_REVIEW;
    }

    public UUID getPartId() {
        return partId;
    }

    public UUID getWeekId() {
        return weekId;
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

    /** What the score is out of, as reported; empty for an old record (then the part's placed maximum holds). */
    public java.util.Optional<Double> getScoreMaximum() {
        return java.util.Optional.ofNullable(scoreMaximum);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** One student's record of one part. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID partId;
        String studentSubject;

        public Key() {
        }

        public Key(UUID partId, String studentSubject) {
            this.partId = partId;
            this.studentSubject = studentSubject;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partId, k.partId) && Objects.equals(studentSubject, k.studentSubject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partId, studentSubject);
        }
    }
}
