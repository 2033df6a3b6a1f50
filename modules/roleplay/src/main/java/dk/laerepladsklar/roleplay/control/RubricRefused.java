package dk.laerepladsklar.roleplay.control;

/**
 * A change to a placement's rubric its rules do not allow, with a symbolic reason the form endpoint answers with and the
 * page turns into a sentence from the bundle ({@code rubric.refused.<REASON>}).
 */
public class RubricRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No criterion kept: a rubric needs at least one. */
        NO_CRITERIA,
        /** A criterion the scenario does not have, or the same one twice. */
        UNKNOWN_CRITERION,
        /** Not the scenario's number of levels for a criterion. */
        LEVELS_CHANGED,
        /** A name or description empty or too long. */
        TEXT_EMPTY_OR_TOO_LONG,
        /** Points missing, not a whole number, or outside 0..{@value RubricEdits#MAX_POINTS}. */
        POINTS_OUT_OF_RANGE,
        /** A level not worth more than the one below it. */
        POINTS_NOT_ASCENDING,
        /** Points (or which criteria count) changed after an attempt was assessed with them. */
        POINTS_LOCKED
    }

    private final Reason reason;

    public RubricRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
