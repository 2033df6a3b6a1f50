package dk.laerepladsklar.kernel.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CDI event an activity fires, inside its own transaction, when a student opens it and has no part done yet: the
 * class overview then says "opened" rather than "not opened". Kept apart from {@link ProgressRecorded} because
 * opening moves no score: the gradebook has nothing to send.
 */
public record ActivityOpened(UUID placementId, String studentSubject, double scoreMaximum, Instant at) {
    public ActivityOpened {
        Objects.requireNonNull(placementId, "placement");
        Objects.requireNonNull(at, "at");
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("Opening needs a student");
        }
    }

    /** The same fact as a progress report: opened, nothing done, no score. */
    public ProgressRecorded asProgress() {
        return new ProgressRecorded(placementId, studentSubject, ProgressState.NOT_STARTED, 0, null, scoreMaximum, at);
    }
}
