package dk.laerepladsklar.roleplay.entity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an attempt's recording is named in the media store ({@code roleplay:<attempt>:<prompt>}, optionally followed by
 * {@code :video} or {@code :audio}), so an upload says which attempt and prompt it is for, and the store's
 * {@code MediaStored} event can be tied back to them. The recorder says which it recorded because a WebM file may be
 * either, and the store, for a purpose that takes films, calls every WebM a film.
 *
 * @param mode what the recorder says it recorded; null when it did not say
 */
public record MediaReference(UUID attempt, String promptId, AnswerMode mode) {

    public MediaReference(UUID attempt, String promptId) {
        this(attempt, promptId, null);
    }

    public static final String PREFIX = "roleplay:";
    private static final Pattern FORM = Pattern.compile("roleplay:([0-9a-f-]{36}):([a-z0-9][a-z0-9-]{0,79})(?::(video|audio))?");

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
            AnswerMode mode = m.group(3) == null ? null : AnswerMode.valueOf(m.group(3).toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new MediaReference(UUID.fromString(m.group(1)), m.group(2), mode));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
