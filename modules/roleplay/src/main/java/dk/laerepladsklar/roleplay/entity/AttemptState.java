package dk.laerepladsklar.roleplay.entity;

/**
 * Where a recorded attempt is: the student works on a draft (answers, retakes, self-assessment), sends it, the teacher
 * scores it (and may change the scores until releasing), and releases it: only then does the student see the scores
 * and feedback, and only then does the score go to the gradebook.
 */
public enum AttemptState {
    DRAFT, SENT, ASSESSED, RELEASED;

    /** What the student's page and the JSON call it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
