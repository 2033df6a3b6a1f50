package dk.laerepladsklar.lti.core.registration;

/** Whether a platform's users may launch the tool yet. */
public enum PlatformStatus {
    /** Registered without an invitation (open registration): every launch is refused until the operator approves. */
    PENDING,
    /** Registered by invitation, by the operator (admin API, page or file), or approved since. */
    APPROVED
}
