package dk.laerepladsklar.kernel.activity;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * How the scores of a placement are doing on their way to the LMS gradebook, per student, for the teacher's
 * overview. Contributed by the gradebook capability.
 */
public interface GradebookSync {

    /** The latest delivery per student (by {@code sub}) of one placement, explained in Danish. */
    default Map<String, Status> statusOf(UUID placementId) {
        return statusOf(placementId, Locale.forLanguageTag("da"));
    }

    /** The latest delivery per student (by {@code sub}) of one placement, explained in the teacher's language. */
    Map<String, Status> statusOf(UUID placementId, Locale locale);

    /** Sends a failed score again, now. */
    void retry(UUID placementId, String studentSubject);

    /**
     * @param reason the symbolic reason of the last failure (e.g. {@code NO_GRADEBOOK_COLUMN}), or null
     * @param advice for a score that will not be sent by itself: a plain sentence for the teacher saying what
     *               happened and what to do; null otherwise
     */
    record Status(State state, String reason, Instant at, String advice) implements java.io.Serializable {
        public enum State { SENT, PENDING, FAILED }

        public Status(State state, String reason, Instant at) {
            this(state, reason, at, null);
        }
    }
}
