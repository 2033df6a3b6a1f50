package dk.laerepladsklar.curriculum.control;

import dk.laerepladsklar.kernel.activity.ProgressState;
import java.io.Serializable;

/**
 * Where a student stands in a module, as the {@link ScoreRule} sees it.
 *
 * @param questionsRight quiz questions whose first answer was correct
 * @param score          points so far, 0..scoreMaximum
 */
public record ProgressSummary(int stepsDone, int steps, int questionsRight, int questions, double score,
                              double scoreMaximum, ProgressState state) implements Serializable {

    public double fractionDone() {
        return steps == 0 ? 0 : (double) stepsDone / steps;
    }

    /** 0..100, for progress bars. */
    public int percentDone() {
        return (int) Math.round(100 * fractionDone());
    }

    public boolean completed() {
        return state == ProgressState.COMPLETED;
    }
}
