package dk.laerepladsklar.lti.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The person behind a launch. Only {@code subject} is guaranteed: platforms may withhold name and email.
 */
public record LtiUser(PlatformId platform, String subject, String name, String givenName, String familyName, String email) {
    public LtiUser {
        Objects.requireNonNull(platform, "platform");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A user needs a subject");
        }
    }

    /** The best name to show, if the platform shared any. */
    public Optional<String> displayName() {
        if (name != null && !name.isBlank()) {
            return Optional.of(name);
        }
        String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return joined.isEmpty() ? Optional.ofNullable(email).filter(e -> !e.isBlank()) : Optional.of(joined);
    }
}
