package dk.laerepladsklar.roleplay.entity;

/**
 * A step the attempt's rules do not allow, with a symbolic reason the endpoints answer with (409 for the wrong state,
 * 400 for bad input) and the pages turn into a sentence from the bundle ({@code attempt.refused.<REASON>}).
 */
public class AttemptRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The attempt is not in a state that allows this step (e.g. answering after sending). */
        WRONG_STATE(409),
        /** A recording before the student said yes to who sees it and for how long. */
        CONSENT_MISSING(403),
        /** No such prompt in the scenario. */
        UNKNOWN_PROMPT(400),
        /** No such criterion in the rubric, or points that are none of its levels. */
        UNKNOWN_LEVEL(400),
        /** Typed answer, feedback or comment empty or too long. */
        TEXT_EMPTY_OR_TOO_LONG(400),
        /** A time mark below zero or longer than any answer can be. */
        BAD_TIME_MARK(400),
        /** Sending with a prompt unanswered. */
        ANSWER_MISSING(409),
        /** Sending without rating oneself on every criterion. */
        SELF_ASSESSMENT_MISSING(409),
        /** Assessing without a level for every criterion. */
        SCORE_MISSING(400),
        /** A recording that is not the student's, not this attempt's, or not a film or a sound. */
        MEDIA_NOT_THEIRS(400),
        /** A master's link for an attempt whose student has not said yes to it (or took the yes back). */
        MASTER_CONSENT_MISSING(409),
        /** More open master's links for one attempt than anyone needs ({@link MasterLink#MAX_OPEN}). */
        TOO_MANY_LINKS(409),
        /** A master's name too long or with control characters. */
        MASTER_NAME_TOO_LONG(400),
        /** A master's comment empty or longer than {@link MasterLink#MAX_COMMENT}. */
        COMMENT_EMPTY_OR_TOO_LONG(400),
        /** A step on a master's link that has expired or been revoked. */
        LINK_CLOSED(410);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public AttemptRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
