package dk.laerepladsklar.lti.core.validation;

import dk.laerepladsklar.lti.api.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Maps LIS role names to the application's roles. Accepts full URIs (as in launches), short names (as in
 * Moodle's roster) and LTI 1.1 URNs. Roles it does not know, and {@code None}, grant nothing. Institution roles
 * count for administrators, mentors, observers and guests (Canvas and Moodle send those as institution roles);
 * an institution's Faculty or Student is not this course's teacher or student.
 */
public final class RoleMapper {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String URN = "urn:lti:role:ims/lis/";
    private static final String INSTITUTION_URN = "urn:lti:instrole:ims/lis/";
    private static final String SYSTEM_URN = "urn:lti:sysrole:ims/lis/";

    private RoleMapper() {
    }

    public static Set<Role> map(Collection<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> map(name).ifPresent(roles::add));
        }
        return roles;
    }

    public static Optional<Role> map(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String role = name.strip();
        if (role.startsWith(LIS)) {
            String rest = role.substring(LIS.length());
            if (rest.startsWith("membership")) {
                return contextRole(rest.substring("membership".length()));
            }
            if (rest.startsWith("institution/person#")) {
                return institutionRole(rest.substring(rest.indexOf('#') + 1));
            }
            if (rest.startsWith("system/person#")) {
                return administrator(rest.substring(rest.indexOf('#') + 1));
            }
            return Optional.empty();
        }
        if (role.startsWith(URN)) {
            // LTI 1.1 writes a sub-role after a slash: urn:lti:role:ims/lis/Instructor/TeachingAssistant
            String tail = role.substring(URN.length());
            int slash = tail.indexOf('/');
            return contextRole("/" + (slash < 0 ? tail : tail.substring(0, slash) + "#" + tail.substring(slash + 1)));
        }
        if (role.startsWith(INSTITUTION_URN)) {
            return institutionRole(role.substring(INSTITUTION_URN.length()));
        }
        if (role.startsWith(SYSTEM_URN)) {
            return administrator(role.substring(SYSTEM_URN.length()));
        }
        if (role.contains(":")) {
            return Optional.empty(); // some other vocabulary
        }
        return contextRole("/" + role);
    }

    /** An institution's administrator administers; its mentors, observers and guests are just that. */
    private static Optional<Role> institutionRole(String principal) {
        return switch (principal) {
            case "Mentor" -> Optional.of(Role.MENTOR);
            case "Observer" -> Optional.of(Role.OBSERVER);
            case "Guest" -> Optional.of(Role.GUEST);
            default -> administrator(principal);
        };
    }

    /** System roles grant nothing in a course, except that an administrator administers. */
    private static Optional<Role> administrator(String principal) {
        return "Administrator".equals(principal) || "SysAdmin".equals(principal)
                ? Optional.of(Role.ADMINISTRATOR) : Optional.empty();
    }

    /**
     * {@code #Learner}, {@code /Instructor#TeachingAssistant}, or a short {@code /Learner}. A sub-role counts
     * as its principal role, except that the teaching assistant sub-roles of Instructor make an assistant.
     */
    private static Optional<Role> contextRole(String tail) {
        String principal;
        String subRole = null;
        if (tail.startsWith("#")) {
            principal = tail.substring(1);
        } else if (tail.startsWith("/")) {
            int hash = tail.indexOf('#');
            principal = hash < 0 ? tail.substring(1) : tail.substring(1, hash);
            subRole = hash < 0 ? null : tail.substring(hash + 1);
        } else {
            return Optional.empty();
        }
        if ("TeachingAssistant".equals(principal)
                || "Instructor".equals(principal) && subRole != null && subRole.startsWith("TeachingAssistant")) {
            return Optional.of(Role.TEACHING_ASSISTANT);
        }
        return switch (principal) {
            case "Learner", "Student" -> Optional.of(Role.LEARNER);
            case "Instructor", "Faculty" -> Optional.of(Role.INSTRUCTOR);
            case "ContentDeveloper" -> Optional.of(Role.CONTENT_DEVELOPER);
            case "Mentor" -> Optional.of(Role.MENTOR);
            case "Administrator" -> Optional.of(Role.ADMINISTRATOR);
            case "Observer" -> Optional.of(Role.OBSERVER);
            case "Guest" -> Optional.of(Role.GUEST);
            default -> Optional.empty();
        };
    }
}
