package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.TodayPlan;
import dk.laerepladsklar.jobsearchweek.control.WeekScore;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One student's week as their "I dag" page shows it, read in one go: today's sessions, the one thing to do now, the
 * days at a glance with what is due on each, the share done and the job café. Words and addresses are the page's.
 *
 * @param readOnly      shown to a mentor or teacher who reads the student's week: nothing can be ticked or opened
 * @param next          the activity to do now (overdue first), or null when everything is done
 * @param cafe          the course's job café, or null when the course has none with a date to come
 */
public record StudentWeek(UUID placementId, String title, LocalDate firstDay, LocalDate lastDay, LocalDate today,
                          TodayPlan.Phase phase, boolean readOnly, List<Session> todaySessions, Activity next,
                          List<Day> days, List<Activity> activities, WeekScore.Result result, double scoreMaximum,
                          Cafe cafe)
        implements Serializable {

    /** A session, with everything the student needs to get there. */
    public record Session(UUID id, LocalTime start, LocalTime end, String title, String place, String onlineLink,
                          String host, String bring) implements Serializable {
    }

    /**
     * One activity for this student.
     *
     * @param type the activity type of a part ({@code teaching-module}, {@code role-play}, …); null for a task
     * @param page the application path of a part's student page (without the launch context); null for a task, or when
     *             the week is read by someone else, or the part's type is gone
     * @param link a task's own link (https), or null
     */
    public record Activity(UUID id, String title, LocalDate due, boolean task, boolean done, boolean awaitingReview,
                           boolean overdue, String type, String page, String link) implements Serializable {
    }

    /** A day of the week with its sessions and what is due that day. */
    public record Day(int number, LocalDate date, TodayPlan.When when, String theme, List<Session> sessions,
                      List<Activity> due) implements Serializable {
    }

    /** The next café and whether this student must come. */
    public record Cafe(UUID placementId, String title, ZonedDateTime starts, ZonedDateTime ends, String place,
                       boolean mustAttend) implements Serializable {
    }
}
