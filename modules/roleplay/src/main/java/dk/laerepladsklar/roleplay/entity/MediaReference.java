package dk.laerepladsklar.roleplay.entity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an attempt's recording is named in the media store ({@code roleplay:<attempt>:<prompt>}), so an upload says
 * which attempt and prompt it is for, and the store's {@code MediaStored} event can be tied back to them.
 */
public record MediaReference(UUID attempt, String promptId) {

    public static final String PREFIX = "roleplay:";
    private static final Pattern FORM = Pattern.compile("roleplay:([0-9a-f-]{36}):([a-z0-9][a-z0-9-]{0,79})");

    public static String of(UUID attempt, String promptId) {
        return PREFIX + attempt + ":" + promptId;
    }

    public static Optional<MediaReference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MediaReference(UUID.fromString(m.group(1)), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
