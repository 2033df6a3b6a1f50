package dk.laerepladsklar.apprenticeship.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A posted form of the search page, read with a cap on its size. A body that is too large reads as
 * {@link #TOO_LARGE}, a malformed one as an empty form; nothing here trusts a value: dates, ids and choices that do
 * not parse read as absent, and the entity then refuses what is missing.
 */
final class FormBody {

    /** An application with its longest notes, in the worst percent-encoding, fits easily. */
    static final int MAX_BODY = 64 * 1024;
    static final FormBody TOO_LARGE = new FormBody(Map.of());

    private final Map<String, List<String>> fields;

    private FormBody(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static FormBody read(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return TOO_LARGE;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException malformed) {
                return new FormBody(Map.of());
            }
        }
        return new FormBody(fields);
    }

    boolean isTooLarge() {
        return this == TOO_LARGE;
    }

    /** The field's first value, or null. */
    String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A date as a date field sends it ({@code 2026-12-10}), or null. */
    LocalDate date(String name) {
        return parseDate(get(name)).orElse(null);
    }

    static Optional<LocalDate> parseDate(String value) {
        if (value == null || value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One of an enum's names exactly, or null. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return parseChoice(get(name), type).orElse(null);
    }

    static <E extends Enum<E>> Optional<E> parseChoice(String value, Class<E> type) {
        if (value == null || value.length() > 40) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static Optional<UUID> id(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
