package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.AttendanceResource;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.Opened;
import dk.laerepladsklar.jobsearchweek.boundary.Placed;
import dk.laerepladsklar.jobsearchweek.boundary.RunSheetResource;
import dk.laerepladsklar.jobsearchweek.boundary.WeekProgress;
import dk.laerepladsklar.jobsearchweek.control.WeekFollowUp;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The week's progress ({@code /week/progress.xhtml?placement=…}): per student each activity done, due or overdue, the
 * register of each session, and who needs a follow-up. Staff see the class and reach the registers and the run-sheet;
 * a mentor sees their mentees only, read-only.
 */
@Named
@RequestScoped
public class WeekProgressView {

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    WeekProgress progress;

    private Placed placed;
    private WeekProgress.Table table;
    private boolean staff;

    @PostConstruct
    void init() {
        if (!user.isFollowingClass()) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(JobSearchWeekActivity.PLACEMENT_PARAMETER);
        placed = opened.toFollow(id, user.current(), Set.of(JobSearchWeekActivity.TYPE)).orElse(null);
        if (placed != null) {
            table = progress.table(placed, user.current(), WeekProgress.today()).orElse(null);
            staff = user.isStaff();
        }
    }

    public boolean isFound() {
        return table != null;
    }

    public String getTitle() {
        return table.week().getTitle();
    }

    public boolean isStaff() {
        return staff;
    }

    public List<WeekProgress.Column> getActivities() {
        return table.activities();
    }

    public List<WeekProgress.Column> getSessions() {
        return table.sessions();
    }

    public List<WeekFollowUp.Row> getRows() {
        return table.rows();
    }

    public boolean isRosterRead() {
        return table.rosterRead();
    }

    public String getCounts() {
        return FollowUpTexts.text(user.getLocale(), "progress.counts", table.rows().size(), table.followUps());
    }

    public String nameOf(WeekFollowUp.Row row) {
        return StudentLabels.nameOrLabel(row.name(), row.subject(), user.getLocale());
    }

    public String due(WeekProgress.Column column) {
        return FollowUpTexts.text(user.getLocale(), "progress.due",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(user.getLocale()).format(column.due()));
    }

    public String sessionWhen(WeekProgress.Column column) {
        return FollowUpTexts.date(column.starts().toLocalDate(), user.getLocale()) + " "
                + FollowUpTexts.time(column.starts());
    }

    public String standing(WeekFollowUp.Standing standing) {
        return FollowUpTexts.text(user.getLocale(), "progress.standing." + standing.name());
    }

    public String attendance(AttendanceStatus status) {
        return FollowUpTexts.text(user.getLocale(), status == null ? "attendance.status.none"
                : "attendance.status." + status.name());
    }

    public String attendanceKey(AttendanceStatus status) {
        return status == null ? "none" : status.key();
    }

    public String followUp(WeekFollowUp.Row row) {
        if (!row.needsFollowUp()) {
            return FollowUpTexts.text(user.getLocale(), "progress.followUp.no");
        }
        return FollowUpTexts.text(user.getLocale(), "progress.followUp.yes") + ": " + row.reasons().stream()
                .map(r -> FollowUpTexts.text(user.getLocale(), "progress.reason." + r.name()))
                .collect(Collectors.joining(", "));
    }

    public String registerUrl(WeekProgress.Column session) {
        return user.withContext(contextPath() + AttendanceResource.PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER
                + "=" + placed.placementId() + "&" + AttendanceResource.OCCASION_PARAMETER + "=" + session.id());
    }

    public String getRunSheetUrl() {
        return user.withContext(contextPath() + RunSheetResource.PATH + placed.placementId() + "?lang="
                + ("en".equals(user.getLocale().getLanguage()) ? "en" : "da"));
    }

    public String getOtherRunSheetUrl() {
        return user.withContext(contextPath() + RunSheetResource.PATH + placed.placementId() + "?lang="
                + ("en".equals(user.getLocale().getLanguage()) ? "da" : "en"));
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
