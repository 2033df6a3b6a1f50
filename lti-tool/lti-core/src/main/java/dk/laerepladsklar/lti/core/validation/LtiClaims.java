package dk.laerepladsklar.lti.core.validation;

/** The claim names of LTI 1.3 and its services. The only place in the application that knows them. */
public final class LtiClaims {

    public static final String PREFIX = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = PREFIX + "message_type";
    public static final String VERSION = PREFIX + "version";
    public static final String DEPLOYMENT_ID = PREFIX + "deployment_id";
    public static final String TARGET_LINK_URI = PREFIX + "target_link_uri";
    public static final String RESOURCE_LINK = PREFIX + "resource_link";
    public static final String ROLES = PREFIX + "roles";
    public static final String ROLE_SCOPE_MENTOR = PREFIX + "role_scope_mentor";
    public static final String CONTEXT = PREFIX + "context";
    public static final String LAUNCH_PRESENTATION = PREFIX + "launch_presentation";
    public static final String CUSTOM = PREFIX + "custom";
    public static final String TOOL_PLATFORM = PREFIX + "tool_platform";
    /** Submission Review: whose work a {@link #SUBMISSION_REVIEW_REQUEST} opens ({@code user_id} required). */
    public static final String FOR_USER = PREFIX + "for_user";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DEEP_LINKING_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DEEP_LINKING_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    /** LTI Submission Review 1.0 (an extension of AGS 2.0): open one user's work from the platform's gradebook. */
    public static final String SUBMISSION_REVIEW_REQUEST = "LtiSubmissionReviewRequest";
    /** The member of a line item that offers Submission Review for its column. */
    public static final String LINE_ITEM_SUBMISSION_REVIEW = "submissionReview";
    public static final String LTI_VERSION = "1.3.0";

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private LtiClaims() {
    }
}
