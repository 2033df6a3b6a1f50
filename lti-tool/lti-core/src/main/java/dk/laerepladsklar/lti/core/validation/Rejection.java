package dk.laerepladsklar.lti.core.validation;

/** Why a launch was refused: symbolic, logged, and never shown raw to the user. */
public enum Rejection {
    STATE_MISSING,
    STATE_MISMATCH,
    LOGIN_EXPIRED,
    BROWSER_MISMATCH,
    NOT_A_JWT,
    ALGORITHM_NOT_ALLOWED,
    KID_MISSING,
    ISSUER_MISSING,
    ISSUER_MISMATCH,
    AUDIENCE_MISSING,
    WRONG_AUDIENCE,
    AZP_MISMATCH,
    UNREGISTERED_PLATFORM,
    /** Registered without an invitation and not yet approved by the operator. */
    PLATFORM_PENDING,
    KID_NOT_FOUND,
    BAD_SIGNATURE,
    EXP_MISSING,
    TOKEN_EXPIRED,
    IAT_MISSING,
    IAT_IN_FUTURE,
    TOKEN_TOO_OLD,
    NONCE_MISSING,
    NONCE_MISMATCH,
    NONCE_REPLAYED,
    DEPLOYMENT_ID_MISSING,
    UNKNOWN_DEPLOYMENT,
    MESSAGE_TYPE_MISSING,
    MESSAGE_TYPE_UNSUPPORTED,
    VERSION_MISSING,
    VERSION_UNSUPPORTED,
    ROLES_MISSING,
    SUB_MISSING,
    RESOURCE_LINK_ID_MISSING,
    TARGET_LINK_URI_MISSING,
    DEEP_LINKING_SETTINGS_MISSING,
    /** A Deep Linking request names a return URL that is not an https address of the platform. */
    DEEP_LINK_RETURN_URL_REFUSED,
    MALFORMED_CLAIM,
    /** A submission review request without {@code for_user.user_id}: it does not say whose work to open. */
    SUBMISSION_REVIEW_NO_FOR_USER,
    /** A submission review request with neither a resource link nor the line item it was opened from. */
    SUBMISSION_REVIEW_NO_LINK,
    /** A submission review request from outside a course: a student's work is only ever opened within one. */
    SUBMISSION_REVIEW_NO_COURSE,
    /**
     * A submission review request launched by someone who is neither staff nor a mentor of that student (a learner,
     * an observer): they get the friendly "this is not for you" page.
     */
    SUBMISSION_REVIEW_NOT_A_REVIEWER,
    /** A login initiation field longer than the tool accepts (2 KB; a platform's values are far shorter). */
    LOGIN_FIELD_TOO_LONG,
    /** The browser secret came in a form posted by another site than the tool's own recovery page (login CSRF). */
    BROWSER_BINDING_CROSS_SITE
}
