package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.AttendanceResource;
import dk.laerepladsklar.jobsearchweek.boundary.CafeResource;
import dk.laerepladsklar.jobsearchweek.boundary.Cafes;
import dk.laerepladsklar.jobsearchweek.boundary.JobCafeActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.Opened;
import dk.laerepladsklar.jobsearchweek.boundary.Placed;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher's café page ({@code /week/cafe.xhtml?placement=…}): when and where the café is (a form to set or change
 * it), its next dates with a link to take attendance, and the course's students with a tick "har læreplads" each and
 * whether they must come. Staff of the course only.
 */
@Named
@RequestScoped
public class CafeView {

    private static final int DATES_SHOWN = 6;

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    Cafes cafes;

    private Placed placed;
    private JobCafe cafe;
    private Cafes.CafeStudents students = new Cafes.CafeStudents(List.of(), false);
    private Map<String, String> parameters = Map.of();

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isStaff()) {
            return;
        }
        placed = opened.toTeach(parameters.get(JobSearchWeekActivity.PLACEMENT_PARAMETER), user.current(),
                Set.of(JobCafeActivity.TYPE)).orElse(null);
        if (placed != null) {
            cafe = cafes.find(placed).orElse(null);
            students = cafes.students(placed, user.current());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public String getTitle() {
        return placed.title();
    }

    public boolean isScheduled() {
        return cafe != null;
    }

    public String getSummary() {
        JobCafe.CafeSchedule s = cafe.schedule();
        return FollowUpTexts.text(user.getLocale(), "cafe.schedule.summary", FollowUpTexts.weekday(s.weekday(),
                user.getLocale()), s.starts().toString().replace(':', '.'), s.ends().toString().replace(':', '.'), s.place());
    }

    public String getPeriod() {
        JobCafe.CafeSchedule s = cafe.schedule();
        return FollowUpTexts.text(user.getLocale(), "cafe.schedule.period", FollowUpTexts.date(s.from(), user.getLocale()),
                FollowUpTexts.date(s.to(), user.getLocale()));
    }

    // --- the form, filled with what is set

    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public String weekdayName(DayOfWeek day) {
        return FollowUpTexts.weekday(day, user.getLocale());
    }

    public boolean isWeekdayChosen(DayOfWeek day) {
        return cafe == null ? day == DayOfWeek.THURSDAY : cafe.schedule().weekday() == day;
    }

    public String getStarts() {
        return cafe == null ? "12:30" : cafe.schedule().starts().toString();
    }

    public String getEnds() {
        return cafe == null ? "14:00" : cafe.schedule().ends().toString();
    }

    public String getPlace() {
        return cafe == null ? "" : cafe.getPlace();
    }

    public String getFrom() {
        return cafe == null ? "" : cafe.schedule().from().toString();
    }

    public String getTo() {
        return cafe == null ? "" : cafe.schedule().to().toString();
    }

    public String getScheduleAction() {
        return user.withContext(contextPath() + CafeResource.PATH + placed.placementId() + "/schedule");
    }

    public String getTicksAction() {
        return user.withContext(contextPath() + CafeResource.PATH + placed.placementId() + "/ticks");
    }

    // --- the next dates

    public List<JobCafe.Occurrence> getComingDates() {
        if (cafe == null) {
            return List.of();
        }
        Instant now = Instant.now();
        return cafe.occurrences().stream().filter(o -> o.ends().toInstant().isAfter(now)).limit(DATES_SHOWN).toList();
    }

    public String when(JobCafe.Occurrence occurrence) {
        return FollowUpTexts.when(occurrence.starts(), occurrence.ends(), user.getLocale());
    }

    public String registerUrl(JobCafe.Occurrence occurrence) {
        return user.withContext(contextPath() + AttendanceResource.PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER
                + "=" + placed.placementId() + "&" + AttendanceResource.OCCASION_PARAMETER + "=" + occurrence.date());
    }

    // --- the students

    public List<Cafes.CafeStudent> getStudents() {
        return students.students();
    }

    public boolean isRosterRead() {
        return students.rosterRead();
    }

    public int getMustAttendCount() {
        return students.mustAttend().size();
    }

    public String nameOf(Cafes.CafeStudent student) {
        return StudentLabels.nameOrLabel(student.name(), student.subject(), user.getLocale());
    }

    public String verdictOf(Cafes.CafeStudent student) {
        return FollowUpTexts.text(user.getLocale(), student.verdict().mustAttend() ? "cafe.must" : "cafe.welcome");
    }

    public String sourceOf(Cafes.CafeStudent student) {
        return FollowUpTexts.text(user.getLocale(), "cafe.source." + student.verdict().source().name());
    }

    // --- what the last form did

    public String getSaved() {
        String saved = parameters.get("saved");
        return "schedule".equals(saved) || "ticks".equals(saved)
                ? FollowUpTexts.text(user.getLocale(), "cafe.saved." + saved) : "";
    }

    public String getRefusal() {
        return FollowUpTexts.refusal(parameters.get("refused"), user.getLocale());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
