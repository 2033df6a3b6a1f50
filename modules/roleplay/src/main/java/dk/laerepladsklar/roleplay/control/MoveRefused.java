package dk.laerepladsklar.roleplay.control;

/** A move the conversation does not allow, with its symbolic reason (for the log and the HTTP answer). */
public class MoveRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The node is not in this scenario's conversation (another scenario's, or made up). */
        UNKNOWN_NODE,
        /** The node is in the conversation, but the walk is elsewhere (a second tab, the back button). */
        NOT_THE_CURRENT_NODE,
        /** The node does not offer this answer. */
        ANSWER_NOT_OFFERED,
        /** The node does not let the student type their own answer. */
        OWN_ANSWER_NOT_ALLOWED,
        /** An own answer without words, or with more than fit. */
        OWN_ANSWER_EMPTY_OR_TOO_LONG,
        /** The walk reached an end; a new try starts it again. */
        WALK_FINISHED
    }

    private final Reason reason;

    public MoveRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether it comes from a page out of date rather than from a made-up request. */
    public boolean isStale() {
        return reason == Reason.NOT_THE_CURRENT_NODE || reason == Reason.WALK_FINISHED;
    }
}
