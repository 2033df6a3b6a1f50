package dk.laerepladsklar.lti.api;

/**
 * The roles the application distinguishes. Platform roles it does not know, and {@code None}, map to none
 * (least privilege); what a person may do follows from all their roles together ({@link Actor#standing()}).
 */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    ADMINISTRATOR,
    /** Follows some students of the course (a parent, a master, a counsellor): who, says {@code role_scope_mentor}. */
    MENTOR,
    /** May look at a course without taking part in it. */
    OBSERVER,
    GUEST;

    /** Whether this role may teach: place activities, follow a class and assess. */
    public boolean teaches() {
        return this == INSTRUCTOR || this == TEACHING_ASSISTANT || this == CONTENT_DEVELOPER || this == ADMINISTRATOR;
    }
}
