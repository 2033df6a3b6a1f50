package dk.laerepladsklar.lti.api;

import java.util.Objects;

/** The course (or other context) a launch comes from. */
public record LtiContext(PlatformId platform, String id, String title, String label) implements java.io.Serializable {
    public LtiContext {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A context needs an id");
        }
    }

    /** The title to show: the title, else the label, else the id. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return label != null && !label.isBlank() ? label : id;
    }
}
