package dk.laerepladsklar.gradebook.entity;

/**
 * Where a score is on its way to the gradebook. The worker only ever picks {@link #PENDING}: the two parked states
 * wait for a teacher, who sees a sentence saying what happened and what to do, and may send them again.
 */
public enum DeliveryStatus {
    /** Waiting to be sent (again). */
    PENDING,
    /** The platform took it. */
    SENT,
    /** Parked: the platform will never take it as it is (e.g. not a student there, HTTP 4xx). */
    FAILED,
    /** Parked: the tool has nowhere to send it (no gradebook column and no way to make one, no score scope). */
    PARKED
}
