package dk.laerepladsklar.kernel.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * How the scores of a placement are doing on their way to the LMS gradebook, per student, for the teacher's
 * overview. Contributed by the gradebook capability.
 */
public interface GradebookSync {

    /** The latest delivery per student (by {@code sub}) of one placement. */
    Map<String, Status> statusOf(UUID placementId);

    /** Sends a failed score again, now. */
    void retry(UUID placementId, String studentSubject);

    record Status(State state, String reason, Instant at) implements java.io.Serializable {
        public enum State { SENT, PENDING, FAILED }
    }
}
