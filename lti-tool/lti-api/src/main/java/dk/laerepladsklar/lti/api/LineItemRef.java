package dk.laerepladsklar.lti.api;

import java.util.Objects;

/** A gradebook column on a platform: its line item URL, opaque to features. */
public record LineItemRef(PlatformId platform, String url) {
    public LineItemRef {
        Objects.requireNonNull(platform, "platform");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A line item needs a URL");
        }
    }
}
