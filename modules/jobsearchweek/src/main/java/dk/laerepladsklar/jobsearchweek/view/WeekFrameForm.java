package dk.laerepladsklar.jobsearchweek.view;

import static dk.laerepladsklar.jobsearchweek.view.TypedInput.cut;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.date;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.whole;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The frame of the week on its plan page: its title, first day and number of days (due dates move with the first
 * day), and each day's theme.
 */
@Named
@ViewScoped
public class WeekFrameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    transient JobSearchWeeks weeks;
    @Inject
    WeekPlanView plan;

    private String title;
    private String firstDay;
    private String dayCount;

    @PostConstruct
    void init() {
        if (plan.isFound()) {
            reset();
        }
    }

    private void reset() {
        JobSearchWeek week = plan.planned().week();
        title = week.getTitle();
        firstDay = week.getFirstDay().toString();
        dayCount = String.valueOf(week.getDayCount());
    }

    public void saveWeek() {
        boolean saved = plan.change(() -> {
            LocalDate day = date(firstDay, "WEEK_FIRST_DAY_MISSING");
            int count = whole(dayCount);
            weeks.changeWeek(plan.weekId(), user.current(), cut(title), day, count);
            return "saved.week";
        });
        if (saved) {
            reset();
        }
    }

    public void saveTheme(DayRow day) {
        plan.change(() -> {
            weeks.theme(plan.weekId(), user.current(), day.getNumber(), cut(day.getTheme()));
            return "saved.theme";
        });
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getDayCount() { return dayCount; }
    public void setDayCount(String dayCount) { this.dayCount = dayCount; }
}
