package dk.laerepladsklar.kernel.form;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A posted form ({@code application/x-www-form-urlencoded}) read with a cap on its size: every value of each field in
 * order, so a list of checkboxes arrives whole. A body larger than the cap reads as too large (nothing of it is kept),
 * a malformed one as an empty form. Nothing here trusts a value: dates, times, ids and choices that do not parse read
 * as absent, and the entity that gets them refuses what is missing, with its own reason.
 */
public final class FormBody {

    private final Map<String, List<String>> fields;
    private final boolean tooLarge;

    private FormBody(Map<String, List<String>> fields, boolean tooLarge) {
        this.fields = fields;
        this.tooLarge = tooLarge;
    }

    /** Reads at most {@code maxBytes} (each module sets the cap its largest honest form needs). */
    public static FormBody read(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return new FormBody(Map.of(), true);
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
                return new FormBody(Map.of(), false);
            }
        }
        return new FormBody(fields, false);
    }

    public boolean isTooLarge() {
        return tooLarge;
    }

    /** The field's first value, or null. */
    public String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of the field, in the order sent (checkboxes), or none. */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The field as a date a date input sends ({@code 2026-12-10}), or null. */
    public LocalDate date(String name) {
        return parseDate(get(name)).orElse(null);
    }

    /** The field as one of an enum's names exactly, or null. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return parseChoice(get(name), type).orElse(null);
    }

    /** A date as a date input sends it ({@code 2026-12-10}), or empty. */
    public static Optional<LocalDate> parseDate(String value) {
        if (value == null || value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A time as a time input sends it ({@code 12:30}, or {@code 9:30} typed), or empty. */
    public static Optional<LocalTime> parseTime(String value) {
        if (value == null || value.length() < 4 || value.length() > 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.length() == 4 ? "0" + value : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One of an enum's names exactly, or empty. */
    public static <E extends Enum<E>> Optional<E> parseChoice(String value, Class<E> type) {
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

    /** An id in its 36-character form, or empty. */
    public static Optional<UUID> parseId(String value) {
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
