package dk.laerepladsklar.kernel.activity;

/** Where a student is with one placed activity; the same words for every kind of activity. */
public enum ProgressState {
    NOT_STARTED,
    IN_PROGRESS,
    /** Handed in, waiting for a teacher or mentor (a plan to review, a role-play to assess). */
    AWAITING_REVIEW,
    COMPLETED
}
