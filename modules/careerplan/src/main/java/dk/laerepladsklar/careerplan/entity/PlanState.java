package dk.laerepladsklar.careerplan.entity;

/**
 * Where a plan stands, as the class view shows it. A plan is a living thing: after a verdict the student may write on,
 * and the next "send" starts a new round.
 */
public enum PlanState {
    /** Nothing written yet. */
    NOT_STARTED,
    /** Written, not sent since the last change. */
    DRAFT,
    /** Sent for feedback; waiting for a teacher. */
    SENT,
    /** A teacher asked for changes to the sent version. */
    NEEDS_CHANGES,
    /** A teacher approved the sent version. */
    APPROVED
}
