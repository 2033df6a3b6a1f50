package dk.laerepladsklar.apprenticeship.control;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Danish school year, from 1 August to 31 July, named by the calendar year it starts in ("2024/25"). A GF2 class
 * belongs to the school year in which its GF2 ends, so a class ending in January and one ending in June of the same
 * school year are counted together.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    /** The earliest and latest start years a request may name: anything else is a typo or a probe. */
    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public SchoolYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("No school year " + startYear);
        }
    }

    /**
     * The school year a request names by its first calendar year ("2024" for 2024/25): empty when none is named; a
     * {@link IllegalArgumentException} for anything but four digits within {@link #FIRST}..{@link #LAST}.
     */
    public static java.util.Optional<SchoolYear> parse(String asked) {
        if (asked == null || asked.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!asked.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("Not a school year");
        }
        return java.util.Optional.of(new SchoolYear(Integer.parseInt(asked)));
    }

    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    /** "2024/25". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
