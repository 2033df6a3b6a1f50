package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's school roles are their personal data: the consultant role they hold (with the name it shows) and the
 * grants they made as the school's administrator (when, and which role; never whom, which is the other person's).
 * Erasing deletes the roles they hold; the grants they made stay, no longer naming them.
 */
@ApplicationScoped
public class SchoolRolePersonalData implements PersonalData {

    static final String MODULE = "school-roles";

    @Inject
    SchoolRoles roles;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef person) {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("school_roles", (long) roles.heldBy(person).size());
        held.put("school_roles_granted", (long) roles.grantedBy(person).size());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef person) {
        List<Map<String, Object>> held = roles.heldBy(person).stream().map(r -> {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("role", r.getKind());
            role.put("name", r.getDisplayName());
            role.put("granted_at", r.getGrantedAt());
            return role;
        }).toList();
        List<Map<String, Object>> granted = roles.grantedBy(person).stream().map(r -> {
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("role", r.getKind());
            grant.put("granted_at", r.getGrantedAt());
            return grant;
        }).toList();
        if (held.isEmpty() && granted.isEmpty()) {
            return new Section(Map.of(), List.of());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roles", held);
        data.put("granted", granted);
        return new Section(data, List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef person) {
        SchoolRoles.Erased erased = roles.erase(person);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("school_roles", erased.rolesHeld());
        counts.put("school_roles_granted", erased.grantsMade());
        return counts;
    }
}
