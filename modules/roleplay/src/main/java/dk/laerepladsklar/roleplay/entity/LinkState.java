package dk.laerepladsklar.roleplay.entity;

/**
 * Where a master's feedback link is: open (the master can see the attempt and comment), expired (its 14 days have
 * passed) or revoked (by the student, the teacher, or by the student taking their yes back). A revoked link stays
 * revoked even once its date has passed, so the page and the log say what really closed it.
 */
public enum LinkState {
    OPEN, EXPIRED, REVOKED;

    /** What the pages and the JSON call it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
