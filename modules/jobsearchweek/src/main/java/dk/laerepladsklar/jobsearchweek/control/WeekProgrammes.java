package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A week's programme taken out of its dates and put into others: a week becomes a programme (due dates as day numbers)
 * for a copy or a school's template, and a programme's due day becomes a date in the week it is started in. So a
 * copy that starts N days later has every session and due date N days later.
 */
public final class WeekProgrammes {

    private WeekProgrammes() {
    }

    /** The programme of a week as it stands: no dates, no students, no progress. */
    public static WeekProgramme of(JobSearchWeek week, List<WeekSession> sessions, List<? extends WeekActivity> activities) {
        List<WeekProgramme.Session> programmeSessions = sessions.stream()
                .sorted(Comparator.comparingInt(WeekSession::getDay).thenComparing(WeekSession::getStart))
                .map(s -> new WeekProgramme.Session(s.getDay(), s.getStart(), s.getEnd(), s.details()))
                .toList();
        List<WeekProgramme.Activity> programmeActivities = activities.stream()
                .sorted(Comparator.comparingInt(WeekActivity::getPosition))
                .map(a -> a instanceof WeekTask task
                        ? new WeekProgramme.Activity(null, task.getTitle(), task.getLink(), dueDay(week, task.getDueOn()))
                        : new WeekProgramme.Activity(((WeekPart) a).getActivity(), a.getTitle(), null,
                                dueDay(week, a.getDueOn())))
                .toList();
        return new WeekProgramme(week.getTitle(), week.getDayCount(), week.getThemes(), programmeSessions,
                programmeActivities);
    }

    /** The day number of a due date in the week (1 for the first day). */
    public static int dueDay(JobSearchWeek week, LocalDate due) {
        return (int) ChronoUnit.DAYS.between(week.getFirstDay(), due) + 1;
    }

    /** The date of a programme's due day in a week starting on {@code firstDay}. */
    public static LocalDate dueDate(LocalDate firstDay, int dueDay) {
        return firstDay.plusDays(dueDay - 1L);
    }

    /** The Monday on or after this day: where a new week starts unless the teacher picks another day. */
    public static LocalDate nextMonday(LocalDate today) {
        LocalDate day = today;
        while (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
