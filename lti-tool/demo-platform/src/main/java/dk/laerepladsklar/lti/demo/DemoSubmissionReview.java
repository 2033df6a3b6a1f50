package dk.laerepladsklar.lti.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's {@code submissionReview} (LTI Submission Review 1.0): the tool offers to show a student's work for this
 * column, at {@code url} (or the link's own launch URL), with {@code custom} parameters, for grades in one of the
 * {@code reviewableStatus} states. Kept as the tool sent it, like Moodle (4.1 on) keeps it with the column.
 */
public record DemoSubmissionReview(List<String> reviewableStatus, String label, String url, Map<String, String> custom) {

    public DemoSubmissionReview {
        reviewableStatus = reviewableStatus == null ? List.of() : List.copyOf(reviewableStatus);
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    /** The member of a line item or a content item's {@code lineItem}; null when absent or not an object. */
    static DemoSubmissionReview read(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        List<String> statuses = map.get("reviewableStatus") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        Map<String, String> custom = new LinkedHashMap<>();
        if (map.get("custom") instanceof Map<?, ?> values) {
            values.forEach((k, v) -> {
                if (v instanceof String s) {
                    custom.put(String.valueOf(k), s);
                }
            });
        }
        return new DemoSubmissionReview(statuses, text(map.get("label")), text(map.get("url")), custom);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reviewableStatus", reviewableStatus);
        if (label != null) {
            json.put("label", label);
        }
        if (url != null) {
            json.put("url", url);
        }
        if (!custom.isEmpty()) {
            json.put("custom", new LinkedHashMap<String, Object>(custom));
        }
        return json;
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
