package dk.laerepladsklar.jobsearchweek.boundary;

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

/**
 * A posted form of the café's and the registers' pages, read with a cap on its size: every value of each field in
 * order, so a list of checkboxes arrives whole. A body that is too large or not a form reads as {@link #TOO_LARGE} or
 * an empty form; nothing here trusts a value.
 */
final class FormBody {

    /** A form of a whole class's ticks: a few hundred students with ids of 255 characters at most. */
    static final int MAX_BODY = 256 * 1024;
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

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** A time as a time field sends it ({@code 12:30}), or empty. */
    static Optional<LocalTime> time(String value) {
        if (value == null || value.length() < 4 || value.length() > 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.length() == 4 ? "0" + value : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date as a date field sends it ({@code 2026-12-10}), or empty. */
    static Optional<LocalDate> date(String value) {
        if (value == null || value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
