package dk.laerepladsklar.lti.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gradebook column (an AGS line item), owned by the tool that made it. Its URL carries a
 * {@code ?type_id=} query like Moodle's, so a tool must put {@code /scores} before the query.
 *
 * @param number         the column's number in the course, never reused
 * @param resourceLinkId the link the column is tied to, or null
 * @param submissionReview what the tool offers for opening a student's work from this column, or null
 */
public record DemoLineItem(String courseId, int number, String clientId, String label, double scoreMaximum,
                           String resourceId, String tag, String resourceLinkId, String startDateTime,
                           String endDateTime, DemoSubmissionReview submissionReview) {

    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    /** A column the tool offers no submission review for. */
    public DemoLineItem(String courseId, int number, String clientId, String label, double scoreMaximum,
                        String resourceId, String tag, String resourceLinkId, String startDateTime, String endDateTime) {
        this(courseId, number, clientId, label, scoreMaximum, resourceId, tag, resourceLinkId, startDateTime,
                endDateTime, null);
    }

    /** The fields a tool sends to create or replace a column; the number and owner come from the LMS. */
    static DemoLineItem read(Map<String, Object> json) {
        String label = text(json, "label");
        if (label == null) {
            throw new IllegalArgumentException("label is missing");
        }
        if (!(json.get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0) {
            throw new IllegalArgumentException("scoreMaximum must be a positive number");
        }
        return new DemoLineItem(null, 0, null, label, max.doubleValue(), text(json, "resourceId"), text(json, "tag"),
                text(json, "resourceLinkId"), text(json, "startDateTime"), text(json, "endDateTime"),
                DemoSubmissionReview.read(json.get("submissionReview")));
    }

    DemoLineItem placed(String courseId, int number, String clientId) {
        return new DemoLineItem(courseId, number, clientId, label, scoreMaximum, resourceId, tag, resourceLinkId,
                startDateTime, endDateTime, submissionReview);
    }

    /** The path below the issuer, without the query. */
    public String path() {
        return "/courses/" + courseId + "/lineitems/" + number;
    }

    /** The line item's id as the tool sees it: {@code <issuer>/courses/<course>/lineitems/<n>?type_id=<client>}. */
    public String url(String issuer) {
        return issuer + path() + "?type_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
    }

    Map<String, Object> toJson(String issuer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", url(issuer));
        json.put("label", label);
        json.put("scoreMaximum", scoreMaximum);
        putIfPresent(json, "resourceId", resourceId);
        putIfPresent(json, "tag", tag);
        putIfPresent(json, "resourceLinkId", resourceLinkId);
        putIfPresent(json, "startDateTime", startDateTime);
        putIfPresent(json, "endDateTime", endDateTime);
        if (submissionReview != null) {
            json.put("submissionReview", submissionReview.toJson());
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String text(Map<String, Object> json, String name) {
        return json.get(name) instanceof String s && !s.isBlank() ? s : null;
    }
}
