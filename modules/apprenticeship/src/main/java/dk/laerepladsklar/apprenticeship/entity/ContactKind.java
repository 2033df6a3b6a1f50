package dk.laerepladsklar.apprenticeship.entity;

/** How a contact teacher or consultant was in touch with a student's company. */
public enum ContactKind {
    /** A visit at the workplace. */
    VISIT,
    CALL,
    /** A meeting with the master (mesteren): the ministry asks for one per training period. */
    MEETING_WITH_MASTER,
    EMAIL
}
