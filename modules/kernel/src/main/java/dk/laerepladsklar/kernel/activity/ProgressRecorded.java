package dk.laerepladsklar.kernel.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CDI event every activity fires, inside its own transaction, when a student's progress or score changes.
 * The class overview and the gradebook sync observe it, so the score is stored in the same transaction as
 * the progress that produced it.
 *
 * @param fractionDone 0..1, the share of the activity done
 * @param score        the score so far, or null when there is none yet (e.g. waiting for a teacher's assessment)
 */
public record ProgressRecorded(UUID placementId, String studentSubject, ProgressState state, double fractionDone,
                               Double score, double scoreMaximum, Instant at) {
    public ProgressRecorded {
        Objects.requireNonNull(placementId, "placement");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("Progress needs a student");
        }
        if (fractionDone < 0 || fractionDone > 1) {
            throw new IllegalArgumentException("fractionDone must be within 0..1");
        }
        if (score != null && (score < 0 || score > scoreMaximum)) {
            throw new IllegalArgumentException("score must be within 0.." + scoreMaximum);
        }
    }
}
