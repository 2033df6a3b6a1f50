package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the demo LMS puts in {@code lti_message_hint} and reads back at its auth endpoint: which course, the
 * launch settings chosen on the demo page, which message (a resource link launch or a Deep Linking request)
 * and which placed link. Opaque to the tool, which echoes it unchanged.
 *
 * @param messageType {@code LtiResourceLinkRequest}, {@code LtiDeepLinkingRequest} or {@code LtiSubmissionReviewRequest}
 * @param linkId      the placed link to launch, or null for the course's default link
 * @param forUser     for a submission review: the student whose work is opened
 * @param column      for a submission review: the gradebook column's number it was opened from
 */
record LaunchRequestHint(String courseId, String locale, boolean sharesNames, String messageType, String linkId,
                         String forUser, int column) {

    LaunchRequestHint {
        messageType = messageType == null ? LtiClaims.RESOURCE_LINK_REQUEST : messageType;
    }

    LaunchRequestHint(String courseId, String locale, boolean sharesNames, String messageType, String linkId) {
        this(courseId, locale, sharesNames, messageType, linkId, null, 0);
    }

    LaunchRequestHint(String courseId, String locale, boolean sharesNames) {
        this(courseId, locale, sharesNames, LtiClaims.RESOURCE_LINK_REQUEST, null);
    }

    boolean deepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    boolean submissionReview() {
        return LtiClaims.SUBMISSION_REVIEW_REQUEST.equals(messageType);
    }

    String encode() {
        String raw = courseId + "|" + locale + "|" + (sharesNames ? "1" : "0") + "|"
                + (deepLinking() ? "DL" : submissionReview() ? "SR" : "RL")
                + "|" + (linkId == null ? "" : linkId) + "|" + (forUser == null ? "" : forUser) + "|" + column;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static LaunchRequestHint decode(String hint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(hint), StandardCharsets.UTF_8).split("\\|", -1);
            String code = parts.length > 3 ? parts[3] : "RL";
            String type = "DL".equals(code) ? LtiClaims.DEEP_LINKING_REQUEST
                    : "SR".equals(code) ? LtiClaims.SUBMISSION_REVIEW_REQUEST : LtiClaims.RESOURCE_LINK_REQUEST;
            String link = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
            String forUser = parts.length > 5 && !parts[5].isEmpty() ? parts[5] : null;
            int column = parts.length > 6 && !parts[6].isEmpty() ? Integer.parseInt(parts[6]) : 0;
            return new LaunchRequestHint(parts[0], parts[1], "1".equals(parts[2]), type, link, forUser, column);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            return null;
        }
    }
}
