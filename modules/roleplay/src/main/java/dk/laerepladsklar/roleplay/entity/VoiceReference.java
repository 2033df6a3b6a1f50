package dk.laerepladsklar.roleplay.entity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a teacher's recorded line is named in the media store: {@code roleplay-voice:<placement>:<line>}, so an upload
 * says which placement and line it is for, and the store's {@code MediaStored} event can be tied back to them.
 */
public record VoiceReference(UUID placement, String lineId) {

    public static final String PREFIX = "roleplay-voice:";
    private static final Pattern FORM = Pattern.compile("roleplay-voice:([0-9a-f-]{36}):([a-z0-9][a-z0-9-]{0,99})");

    public static String of(UUID placement, String lineId) {
        return PREFIX + placement + ":" + lineId;
    }

    public static Optional<VoiceReference> parse(String reference) {
        Matcher m = reference == null ? null : FORM.matcher(reference);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VoiceReference(UUID.fromString(m.group(1)), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
