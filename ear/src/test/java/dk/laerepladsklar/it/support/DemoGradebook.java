package dk.laerepladsklar.it.support;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.util.List;
import java.util.Map;

/** The demo LMS's gradebook of one course, read from its JSON form. */
public record DemoGradebook(Map<String, Object> json) {

    public static DemoGradebook of(DemoLaunchClient client, ToolUnderTest tool, String course) throws Exception {
        return new DemoGradebook(JSONObjectUtils.parse(client.get(tool.lmsBase() + "/courses/" + course + "/gradebook/json", null).body()));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> links() {
        return (List<Map<String, Object>>) json.get("links");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> lineItems() {
        return (List<Map<String, Object>>) json.get("lineItems");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> received() {
        return (List<Map<String, Object>>) json.get("received");
    }

    /** The placed link whose custom {@code activity} parameter is this activity. */
    @SuppressWarnings("unchecked")
    public String linkFor(String activity) {
        return links().stream()
                .filter(l -> l.get("custom") instanceof Map<?, ?> custom && activity.equals(custom.get("activity")))
                .map(l -> (String) l.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no link for " + activity + " in " + json));
    }

    /** The column tied to a link. */
    public Map<String, Object> lineItemOf(String linkId) {
        return lineItems().stream().filter(li -> linkId.equals(li.get("resourceLinkId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column for " + linkId + " in " + json));
    }

    /** The grade a student has in a column, or null. */
    @SuppressWarnings("unchecked")
    public Double grade(String linkId, String userId) {
        Map<String, Object> grades = (Map<String, Object>) lineItemOf(linkId).get("grades");
        Object grade = grades == null ? null : grades.get(userId);
        Object value = grade instanceof Map<?, ?> g ? g.get("value") : null;
        return value instanceof Number n ? n.doubleValue() : null;
    }

    /** The scores the LMS received for one student in one column, in arrival order. */
    public List<Map<String, Object>> receivedFor(String linkId, String userId) {
        Object number = lineItemOf(linkId).get("number");
        return received().stream()
                .filter(r -> userId.equals(r.get("userId")))
                .filter(r -> String.valueOf(r.get("lineItem")).equals(String.valueOf(number))
                        || String.valueOf(r.get("lineItem")).equals(String.valueOf(lineItemOf(linkId).get("id"))))
                .toList();
    }
}
