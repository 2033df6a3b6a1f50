package dk.laerepladsklar.jobsearchweek.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a student's "I dag" page puts first, by plain rules: the activities still to do, overdue ones first, then by
 * due date, then in the teacher's order; where today falls in the week (before it, in it, after it); and for each day
 * whether it is past (folded away), today (marked) or to come.
 */
public final class TodayPlan {

    /** Where a day stands from today. */
    public enum When { PAST, TODAY, COMING }

    /** Where today falls in the week. */
    public enum Phase { BEFORE, DURING, AFTER }

    private TodayPlan() {
    }

    /**
     * What is left to do, the most pressing first: not done, by due date (so overdue ones come first), ties in the
     * given order (the teacher's).
     */
    public static List<WeekScore.Item> toDo(List<WeekScore.Item> items) {
        return items.stream().filter(i -> !i.isDone()).sorted(Comparator.comparing(WeekScore.Item::due)).toList();
    }

    /** The one thing to do now, if anything is left. */
    public static Optional<WeekScore.Item> next(List<WeekScore.Item> items) {
        return toDo(items).stream().findFirst();
    }

    public static When when(LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            return When.PAST;
        }
        return day.isEqual(today) ? When.TODAY : When.COMING;
    }

    public static Phase phase(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        if (today.isBefore(firstDay)) {
            return Phase.BEFORE;
        }
        return today.isAfter(lastDay) ? Phase.AFTER : Phase.DURING;
    }
}
