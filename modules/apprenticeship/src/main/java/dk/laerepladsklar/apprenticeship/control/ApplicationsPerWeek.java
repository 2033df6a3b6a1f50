package dk.laerepladsklar.apprenticeship.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Applications a class sent per week, for the caseload's chart: the last {@value #WEEKS} weeks up to and including this
 * one, each application counted in the week of the day it was sent, weeks without any shown as 0.
 */
public final class ApplicationsPerWeek {

    public static final int WEEKS = 12;

    private ApplicationsPerWeek() {
    }

    public static List<WeekCount> of(Collection<LocalDate> sentOn, LocalDate today) {
        LocalDate thisMonday = monday(today);
        LocalDate first = thisMonday.minusWeeks(WEEKS - 1L);
        int[] counts = new int[WEEKS];
        for (LocalDate sent : sentOn) {
            if (sent == null || sent.isBefore(first) || sent.isAfter(today)) {
                continue;
            }
            counts[(int) (java.time.temporal.ChronoUnit.WEEKS.between(first, monday(sent)))]++;
        }
        List<WeekCount> weeks = new ArrayList<>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new WeekCount(first.plusWeeks(i), counts[i]));
        }
        return List.copyOf(weeks);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
