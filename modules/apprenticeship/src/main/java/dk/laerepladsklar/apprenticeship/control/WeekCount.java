package dk.laerepladsklar.apprenticeship.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A count for one week (Monday to Sunday), named by its Monday and its ISO week number ("uge 7"). */
public record WeekCount(LocalDate monday, int count) implements Serializable {

    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
