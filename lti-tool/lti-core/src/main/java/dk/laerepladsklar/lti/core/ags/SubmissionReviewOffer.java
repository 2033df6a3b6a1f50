package dk.laerepladsklar.lti.core.ags;

import dk.laerepladsklar.lti.core.Installation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code submissionReview} member the tool puts in every line item it creates (LTI Submission Review 1.0, an
 * extension of AGS 2.0): it tells the platform that a teacher may open a student's work from this column, launched
 * as an {@code LtiSubmissionReviewRequest}. Platforms that do not know the member ignore it (AGS lets a line item
 * carry members a platform does not use).
 */
public final class SubmissionReviewOffer {

    /**
     * Reviewable once the student sent something in (a recorded attempt is {@code Submitted}) or finished it (a
     * teaching module is {@code Completed}); before that there is nothing to look at.
     */
    public static final List<String> REVIEWABLE_STATUS = List.of("Submitted", "Completed");

    private SubmissionReviewOffer() {
    }

    /**
     * @param reviewUrl the URL the platform launches the review at (the tool's target link); null leaves it to the
     *                  platform, which then uses the link's own launch URL, as the extension says
     */
    public static Map<String, Object> json(String reviewUrl) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("reviewableStatus", REVIEWABLE_STATUS);
        if (reviewUrl != null && !reviewUrl.isBlank()) {
            review.put("url", reviewUrl);
        }
        return review;
    }

    /** The tool's target link from {@code LPK_PUBLIC_URL}, or null when it is not set (dev mode). */
    public static String configuredReviewUrl() {
        String base = Installation.setting("lpk.public-url", "LPK_PUBLIC_URL");
        if (base == null || base.isBlank()) {
            return null;
        }
        String trimmed = base.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
