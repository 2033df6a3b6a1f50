package dk.laerepladsklar.kernel.activity;

import java.util.Optional;

/**
 * Which activity: its type and its key within the type, e.g. {@code teaching-module:job-interview}. Carried in
 * the {@code activity} custom parameter of a placed link.
 */
public record ActivityRef(String type, String key) implements java.io.Serializable {

    public static final String CUSTOM_PARAMETER = "activity";

    public ActivityRef {
        if (type == null || !type.matches("[a-z0-9-]{1,40}") || key == null || !key.matches("[a-z0-9-]{1,80}")) {
            throw new IllegalArgumentException("Not an activity: " + type + ":" + key);
        }
    }

    public static Optional<ActivityRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        try {
            return colon < 0 ? Optional.empty() : Optional.of(new ActivityRef(value.substring(0, colon), value.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return type + ":" + key;
    }
}
