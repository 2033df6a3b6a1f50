package dk.laerepladsklar.lti.api;

/** What the platform asked for. */
public enum LaunchKind {
    /** Open a placed activity. */
    RESOURCE_LINK,
    /** Let a teacher pick content to place in the course. */
    DEEP_LINKING,
    /** Let a teacher (or a mentor) open one student's work from the platform's gradebook ({@link WorkReview}). */
    SUBMISSION_REVIEW
}
