package dk.laerepladsklar.jobsearchweek.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a register is taken for: a session of a week (the week's placement and the session's id) or one date of a
 * café (the café's placement and the date). In addresses it is written as its {@link #key()}: the session's id, or the
 * date as {@code 2026-12-10}.
 */
public record Occasion(UUID placementId, UUID sessionId, LocalDate cafeDate) implements Serializable {

    public Occasion {
        Objects.requireNonNull(placementId, "placement");
        if ((sessionId == null) == (cafeDate == null)) {
            throw new IllegalArgumentException("An occasion is a session or a café's date");
        }
    }

    public static Occasion session(UUID placementId, UUID sessionId) {
        return new Occasion(placementId, Objects.requireNonNull(sessionId, "session"), null);
    }

    public static Occasion cafe(UUID placementId, LocalDate date) {
        return new Occasion(placementId, null, Objects.requireNonNull(date, "date"));
    }

    public boolean isCafe() {
        return cafeDate != null;
    }

    public String key() {
        return isCafe() ? cafeDate.toString() : sessionId.toString();
    }

    /** A session's id as an address writes it; empty for anything else. */
    public static Optional<UUID> sessionKey(String key) {
        if (key == null || key.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A café's date as an address writes it ({@code 2026-12-10}); empty for anything else. */
    public static Optional<LocalDate> dateKey(String key) {
        if (key == null || key.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
