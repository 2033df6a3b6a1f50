package dk.laerepladsklar.lti.api;

import java.util.Optional;
import java.util.Set;

/** Someone on a course's roster (LTI Names and Role Provisioning Services); name and email may be withheld. */
public record Member(String subject, String name, String email, Set<Role> roles, boolean active) {
    public Member {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isLearner() {
        return roles.contains(Role.LEARNER);
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(name).filter(n -> !n.isBlank()).or(() -> Optional.ofNullable(email).filter(e -> !e.isBlank()));
    }
}
