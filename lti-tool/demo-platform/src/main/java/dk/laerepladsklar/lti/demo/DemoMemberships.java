package dk.laerepladsklar.lti.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's roster as NRPS 2.0 answers it, the way Moodle does: the teacher and every student, active, with
 * roles as short names ({@code Instructor}, {@code Learner}) rather than the URIs of a launch.
 */
public final class DemoMemberships {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int DEFAULT_LIMIT = 50;

    private DemoMemberships() {
    }

    /**
     * The members, teacher first.
     *
     * @param role only members with this role, as a short name or a full URI (null: everyone)
     */
    public static List<Map<String, Object>> members(DemoCourse course, String role) {
        List<Map<String, Object>> members = new ArrayList<>();
        if (hasRole(course.teacher(), role)) {
            members.add(member(course.teacher()));
        }
        for (DemoPerson student : course.students()) {
            if (hasRole(student, role)) {
                members.add(member(student));
            }
        }
        return members;
    }

    /** The container of one page: {@code {id, context: {id, label, title}, members: [...]}}. */
    public static Map<String, Object> container(String url, DemoCourse course, List<Map<String, Object>> members) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", course.id());
        context.put("label", course.label());
        context.put("title", course.title());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", url);
        json.put("context", context);
        json.put("members", members);
        return json;
    }

    static String shortRole(DemoPerson person) {
        return person.teacher() ? "Instructor" : "Learner";
    }

    private static boolean hasRole(DemoPerson person, String role) {
        if (role == null || role.isBlank()) {
            return true;
        }
        String wanted = role.contains("#") ? role.substring(role.indexOf('#') + 1) : role;
        return shortRole(person).equals(wanted);
    }

    private static Map<String, Object> member(DemoPerson person) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", "Active");
        member.put("user_id", person.id());
        member.put("roles", List.of(shortRole(person)));
        member.put("name", person.name());
        member.put("given_name", person.givenName());
        member.put("family_name", person.familyName());
        member.put("email", person.email());
        return member;
    }
}
