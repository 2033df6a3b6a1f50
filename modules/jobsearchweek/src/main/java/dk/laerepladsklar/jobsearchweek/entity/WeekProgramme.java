package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.kernel.activity.ActivityRef;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A week's programme without dates or students: what a template holds and what a copy carries over. Days are numbers
 * (1 is the first day), so the programme fits whatever week it is started in; nothing of the students' progress or
 * attendance is part of it.
 */
public record WeekProgramme(String title, int dayCount, Map<Integer, String> themes, List<Session> sessions,
                            List<Activity> activities) implements Serializable {

    public WeekProgramme {
        title = WeekTexts.required(title, WeekTexts.MAX_TITLE, "WEEK_TITLE");
        if (dayCount < 1 || dayCount > JobSearchWeek.MAX_DAYS) {
            throw new WeekRefused("WEEK_DAY_COUNT");
        }
        TreeMap<Integer, String> checkedThemes = new TreeMap<>();
        for (Map.Entry<Integer, String> theme : (themes == null ? Map.<Integer, String>of() : themes).entrySet()) {
            checkDay(theme.getKey(), dayCount);
            String text = WeekTexts.optional(theme.getValue(), WeekTexts.MAX_LINE, "DAY_THEME");
            if (text != null) {
                checkedThemes.put(theme.getKey(), text);
            }
        }
        themes = java.util.Collections.unmodifiableMap(checkedThemes);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        activities = activities == null ? List.of() : List.copyOf(activities);
        for (Session session : sessions) {
            checkDay(session.day(), dayCount);
        }
        for (Activity activity : activities) {
            checkDay(activity.dueDay(), dayCount);
        }
    }

    private static void checkDay(int day, int dayCount) {
        if (day < 1 || day > dayCount) {
            throw new WeekRefused("DAY_OUTSIDE_WEEK");
        }
    }

    /** An empty programme of this many days. */
    public static WeekProgramme empty(String title, int dayCount) {
        return new WeekProgramme(title, dayCount, Map.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return sessions.isEmpty() && activities.isEmpty();
    }

    /** One session of the programme, on a day number. */
    public record Session(int day, LocalTime start, LocalTime end, SessionDetails details) implements Serializable {
        public Session {
            if (start == null || end == null) {
                throw new WeekRefused("SESSION_TIME_MISSING");
            }
            if (!end.isAfter(start)) {
                throw new WeekRefused("SESSION_ENDS_BEFORE_START");
            }
            java.util.Objects.requireNonNull(details, "details");
        }
    }

    /**
     * One activity of the programme, due on a day number: an offer of the tool ({@code activity} set) or a task
     * ({@code activity} null, with an optional https link).
     */
    public record Activity(ActivityRef activity, String title, String link, int dueDay) implements Serializable {
        public Activity {
            title = WeekTexts.required(title, WeekTexts.MAX_TITLE, activity == null ? "TASK_TITLE" : "ACTIVITY_TITLE");
            link = activity == null ? WeekTexts.link(link, false, "TASK_LINK") : null;
        }

        public boolean isTask() {
            return activity == null;
        }
    }
}
