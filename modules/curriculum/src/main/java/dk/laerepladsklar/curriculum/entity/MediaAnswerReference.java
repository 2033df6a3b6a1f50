package dk.laerepladsklar.curriculum.entity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a voice answer or a shown work names its step in the media store: {@code module:<placement>:<step>}. The upload
 * says it before the first byte (so the module can refuse a step that is not the uploader's to answer), and the store's
 * {@code MediaStored} event carries it back, so the file becomes that step's answer.
 */
public record MediaAnswerReference(UUID placementId, String stepId) {

    public static final String PREFIX = "module:";
    private static final Pattern FORM = Pattern.compile("module:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
            + ":([a-z0-9][a-z0-9-]{0,79})");

    public static String of(UUID placementId, String stepId) {
        return PREFIX + placementId + ":" + stepId;
    }

    @Override
    public String toString() {
        return of(placementId, stepId);
    }

    /** Empty for anything that is not exactly such a reference. */
    public static Optional<MediaAnswerReference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MediaAnswerReference(UUID.fromString(m.group(1)), m.group(2)));
    }
}
