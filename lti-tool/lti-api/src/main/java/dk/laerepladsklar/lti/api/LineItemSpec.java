package dk.laerepladsklar.lti.api;

/**
 * A gradebook column the tool asks the platform to create (in a Deep Linking content item, or through the
 * line items service).
 *
 * @param resourceId the tool's own id for what is graded (e.g. {@code teaching-module:job-interview})
 * @param tag        a free qualifier, e.g. {@code progress}
 */
public record LineItemSpec(double scoreMaximum, String label, String resourceId, String tag) {
    public LineItemSpec {
        if (scoreMaximum <= 0) {
            throw new IllegalArgumentException("A line item needs a positive score maximum");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A line item needs a label");
        }
    }
}
