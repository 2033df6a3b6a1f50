package dk.laerepladsklar.lti.api;

/**
 * How one attempt to send something to a platform went.
 *
 * @param status HTTP status, or 0 when the platform could not be reached
 */
public record Delivery(Outcome outcome, int status, String reason) {

    public enum Outcome {
        /** The platform took it. */
        DELIVERED,
        /** The platform holds a score with the same or a later timestamp (Moodle's 409): send a later one. */
        STALE_TIMESTAMP,
        /** Worth trying again later: the platform is down, slow, or refused the token for now. */
        RETRY,
        /** Will never work as it is (e.g. Canvas 422 for a test student): show it, do not retry. */
        PERMANENT_FAILURE
    }

    public static Delivery delivered(int status) {
        return new Delivery(Outcome.DELIVERED, status, null);
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
