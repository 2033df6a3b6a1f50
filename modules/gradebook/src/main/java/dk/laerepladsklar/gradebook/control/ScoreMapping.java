package dk.laerepladsklar.gradebook.control;

import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.lti.api.Score;
import java.util.Optional;

/**
 * What a student's progress means in the gradebook. Moodle clears a grade for any grading progress but
 * {@code FullyGraded}, so a score so far is sent as fully graded, and only work waiting for a teacher is sent
 * as {@code PendingManual}.
 */
public final class ScoreMapping {

    public record GradebookScore(double given, double maximum, Score.ActivityProgress activity, Score.GradingProgress grading) {
    }

    private ScoreMapping() {
    }

    public static Optional<GradebookScore> of(ProgressRecorded progress) {
        double maximum = progress.scoreMaximum() > 0 ? progress.scoreMaximum() : 100;
        return switch (progress.state()) {
            case NOT_STARTED -> Optional.empty();
            case IN_PROGRESS -> progress.score() == null ? Optional.empty()
                    : Optional.of(new GradebookScore(progress.score(), maximum, Score.ActivityProgress.InProgress,
                    Score.GradingProgress.FullyGraded));
            case AWAITING_REVIEW -> Optional.of(new GradebookScore(progress.score() == null ? 0 : progress.score(), maximum,
                    Score.ActivityProgress.Submitted, Score.GradingProgress.PendingManual));
            case COMPLETED -> Optional.of(new GradebookScore(progress.score() == null ? maximum : progress.score(), maximum,
                    Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded));
        };
    }
}
