package dk.laerepladsklar.kernel.handover;

/** Why a hand-over was refused, as the log says it (the person sees one friendly page for all of them). */
public enum HandoverRefusal {
    /** The code request came without a launch context this session holds. */
    HANDOVER_NO_LAUNCH,
    /** The request was not sent by a page of the tool itself (another site's page, or no Origin at all). */
    HANDOVER_CROSS_ORIGIN,
    /** The page to return to is not a page of the tool (an absolute, protocol-relative or odd address). */
    HANDOVER_RETURN_REFUSED,
    /** Too many codes are waiting to be used (in this session or in all). */
    HANDOVER_TOO_MANY,
    /** The new window came without a code, or not by a form post. */
    HANDOVER_CODE_MISSING,
    /** Not something this tool ever issues. */
    HANDOVER_CODE_MALFORMED,
    /** Well-formed, but never issued here (or forgotten long ago, or issued on another node). */
    HANDOVER_CODE_UNKNOWN,
    /** Used once already: a code opens one window. */
    HANDOVER_CODE_USED,
    /** Not used within its minute. */
    HANDOVER_CODE_EXPIRED,
    /** The frame's session that asked for it has ended since. */
    HANDOVER_SESSION_ENDED
}
