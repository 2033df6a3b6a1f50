package dk.laerepladsklar.lti.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies one registered platform (one school's LMS); all data is kept apart per platform. */
public record PlatformId(UUID value) implements java.io.Serializable {
    public PlatformId {
        Objects.requireNonNull(value, "platform id");
    }

    public static PlatformId of(String value) {
        return new PlatformId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
