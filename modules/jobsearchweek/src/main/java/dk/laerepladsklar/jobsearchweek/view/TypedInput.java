package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * What a teacher typed into the plan page's forms, read as dates, times, numbers and ids: anything else is refused with
 * a reason the page words, so the form keeps what was typed.
 */
final class TypedInput {

    /** A field longer than this is not read at all (the entities cap far lower); a pasted novel stays in the form. */
    private static final int MAX_INPUT = 20_000;

    private TypedInput() {
    }

    static LocalDate date(String value, String missing) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new WeekRefused(missing);
        }
        try {
            return v.length() > 10 ? failDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new WeekRefused("BAD_DATE");
        }
    }

    private static LocalDate failDate() {
        throw new WeekRefused("BAD_DATE");
    }

    static LocalTime time(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new WeekRefused("SESSION_TIME_MISSING");
        }
        try {
            if (v.length() > 8) {
                throw new WeekRefused("BAD_TIME");
            }
            return LocalTime.parse(v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v.replace('.', ':'));
        } catch (DateTimeParseException e) {
            throw new WeekRefused("BAD_TIME");
        }
    }

    static int whole(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d{1,2}")) {
            throw new WeekRefused("WEEK_DAY_COUNT");
        }
        return Integer.parseInt(v);
    }

    /** What was typed, unless it is far beyond any field's cap: then a text the entities refuse as too long. */
    static String cut(String value) {
        return value == null || value.length() <= MAX_INPUT ? value : value.substring(0, MAX_INPUT);
    }

    static UUID uuid(String value, String reason) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WeekRefused(reason);
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
