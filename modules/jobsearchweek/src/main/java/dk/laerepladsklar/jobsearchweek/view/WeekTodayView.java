package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.PlannedWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekDay;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The week's page for its students ({@code /week/today.xhtml?placement=…}), for now the week at a glance: day by day,
 * its sessions. Students of the course (and staff trying it, and mentors) see it; a week of another course is not
 * found. The "I dag" page with what to do now and each activity's progress grows from here.
 */
@Named
@RequestScoped
public class WeekTodayView {

    @Inject
    SignedInUser user;
    @Inject
    JobSearchWeeks weeks;
    @Inject
    Access access;

    private Placement placement;
    private PlannedWeek planned;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(JobSearchWeekActivity.PLACEMENT_PARAMETER);
        placement = weeks.weekPlacement(id).filter(p -> mayOpen(p)).orElse(null);
        if (placement != null) {
            planned = weeks.find(placement.getId()).orElse(null);
        }
    }

    private boolean mayOpen(Placement p) {
        CourseRef course = CourseRef.of(p);
        // Students and staff open it as their own week; mentors follow their mentees' (asking both would log a refusal).
        return user.isStudent() || user.isStaff()
                ? access.mayChange(user.current(), new StudentRef(user.current().platform(), user.actor().subject()), course)
                : access.mayFollow(user.current(), course);
    }

    public boolean isFound() {
        return placement != null;
    }

    public boolean isPlanned() {
        return planned != null;
    }

    public boolean isStaff() {
        return user.isStaff();
    }

    public String getTitle() {
        return planned == null ? placement.getTitle() : planned.week().getTitle();
    }

    public String getPlanUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + JobSearchWeekActivity.PLAN_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + placement.getId());
    }

    public List<WeekPlanView.DayRow> getDays() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(
                PageMessages.text(JobSearchWeekActivity.BUNDLE, user.getLocale(), "format.day"), user.getLocale());
        List<WeekPlanView.DayRow> days = new ArrayList<>();
        for (WeekDay day : planned.week().days()) {
            days.add(new WeekPlanView.DayRow(day.number(), day.date().toString(), format.format(day.date()), day.theme(),
                    planned.sessions().stream().filter(s -> s.getDay() == day.number()).map(WeekPlanView.SessionRow::new).toList()));
        }
        return days;
    }
}
