package dk.laerepladsklar.lti.api;

/** The roles the application distinguishes; unknown platform roles map to none (least privilege). */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    ADMINISTRATOR,
    MENTOR;

    /** Whether this role may teach: place activities, follow a class and assess. */
    public boolean teaches() {
        return this == INSTRUCTOR || this == TEACHING_ASSISTANT || this == CONTENT_DEVELOPER || this == ADMINISTRATOR;
    }
}
