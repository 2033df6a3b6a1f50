package dk.laerepladsklar.gradebook.control;

import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.lti.api.Score;
import java.util.Optional;

/**
 * What a student's progress means in the gradebook, so that a grade means what a teacher thinks it means.
 * <p>
 * Until an activity is complete its score goes as {@code Pending}: in AGS 2.0 that is "the final grade is pending,
 * but does not require manual intervention; a score value present is partial and may be updated" — exactly a
 * student half way through. Not {@code PendingManual}, which says a person must grade it (Canvas then puts the
 * submission in the teacher's "needs grading" list), and not {@code NotReady} ("no grading process occurring", e.g.
 * nothing submitted), which would hide that the student is working. Moodle sets the grade to null for anything but
 * {@code FullyGraded}, so its gradebook shows "-" instead of 0.00 (observed on Moodle 4.5); Canvas ignores
 * {@code scoreGiven} for {@code Pending}. The completed score goes {@code FullyGraded}, and work waiting for a
 * teacher {@code PendingManual}.
 * <p>
 * A teacher who wants to follow the points as they grow can switch that on for a link: scores in progress then go
 * {@code FullyGraded} too, and the gradebook shows the partial number.
 */
public final class ScoreMapping {

    public record GradebookScore(double given, double maximum, Score.ActivityProgress activity, Score.GradingProgress grading) {
    }

    private ScoreMapping() {
    }

    /** The score for this progress with growing points shown as grades off (the default). */
    public static Optional<GradebookScore> of(ProgressRecorded progress) {
        return of(progress, false);
    }

    /**
     * @param growingPointsGraded the placement's "show points as they grow" setting
     */
    public static Optional<GradebookScore> of(ProgressRecorded progress, boolean growingPointsGraded) {
        double maximum = progress.scoreMaximum() > 0 ? progress.scoreMaximum() : 100;
        return switch (progress.state()) {
            case NOT_STARTED -> Optional.empty();
            case IN_PROGRESS -> progress.score() == null ? Optional.empty()
                    : Optional.of(new GradebookScore(progress.score(), maximum, Score.ActivityProgress.InProgress,
                    growingPointsGraded ? Score.GradingProgress.FullyGraded : Score.GradingProgress.Pending));
            case AWAITING_REVIEW -> Optional.of(new GradebookScore(progress.score() == null ? 0 : progress.score(), maximum,
                    Score.ActivityProgress.Submitted, Score.GradingProgress.PendingManual));
            case COMPLETED -> Optional.of(new GradebookScore(progress.score() == null ? maximum : progress.score(), maximum,
                    Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded));
        };
    }
}
