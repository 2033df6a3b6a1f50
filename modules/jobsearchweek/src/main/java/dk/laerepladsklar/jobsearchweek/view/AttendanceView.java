package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.AttendanceResource;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.Opened;
import dk.laerepladsklar.jobsearchweek.boundary.Placed;
import dk.laerepladsklar.jobsearchweek.boundary.Registers;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The register on a phone ({@code /week/attendance.xhtml?placement=…&occasion=…}): one big button per student of the
 * course, one tap for present and another for absent, excused and late one step further in; at a café the students
 * who must come are marked. Between the occasions of the café or week with previous and next. Staff only.
 */
@Named
@RequestScoped
public class AttendanceView {

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    Registers registers;

    private Registers.Register register;
    private Map<String, String> parameters = Map.of();

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isStaff()) {
            return;
        }
        Placed placed = opened.toTeach(parameters.get(JobSearchWeekActivity.PLACEMENT_PARAMETER), user.current(),
                java.util.Set.of(dk.laerepladsklar.jobsearchweek.boundary.JobCafeActivity.TYPE, JobSearchWeekActivity.TYPE))
                .orElse(null);
        if (placed == null) {
            return;
        }
        String occasion = parameters.get(AttendanceResource.OCCASION_PARAMETER);
        register = registers.sitting(placed, occasion, Instant.now())
                .filter(s -> occasion == null || occasion.isEmpty() || s.occasion().key().equals(occasion))
                .map(s -> registers.register(placed, s, user.current())).orElse(null);
    }

    public boolean isFound() {
        return register != null;
    }

    public String getTitle() {
        return register.sitting().title();
    }

    public String getPlacementTitle() {
        return register.placed().title();
    }

    public boolean isCafe() {
        return register.placed().isCafe();
    }

    public String getWhen() {
        return FollowUpTexts.when(register.sitting().starts(), register.sitting().ends(), user.getLocale());
    }

    public String getPlace() {
        return register.sitting().place();
    }

    public String getOccasion() {
        return register.sitting().occasion().key();
    }

    public List<Registers.Line> getLines() {
        return register.lines();
    }

    public boolean isRosterRead() {
        return register.rosterRead();
    }

    public String getCounts() {
        return FollowUpTexts.text(user.getLocale(), "attendance.counts",
                register.count(AttendanceStatus.PRESENT) + register.count(AttendanceStatus.LATE),
                register.count(AttendanceStatus.ABSENT), register.unrecorded());
    }

    public String nameOf(Registers.Line line) {
        return StudentLabels.nameOrLabel(line.name(), line.subject(), user.getLocale());
    }

    public String statusOf(Registers.Line line) {
        return FollowUpTexts.text(user.getLocale(), line.status() == null ? "attendance.status.none"
                : "attendance.status." + line.status().name());
    }

    public String statusKey(Registers.Line line) {
        return line.status() == null ? "none" : line.status().key();
    }

    public String rowId(Registers.Line line) {
        return AttendanceResource.rowId(line.subject());
    }

    public List<AttendanceStatus> getStatuses() {
        return List.of(AttendanceStatus.values());
    }

    public String statusName(AttendanceStatus status) {
        return FollowUpTexts.text(user.getLocale(), "attendance.status." + status.name());
    }

    public String action(Registers.Line line) {
        return user.withContext(contextPath() + AttendanceResource.PATH + register.placed().placementId() + "/"
                + getOccasion() + "/students/" + URLEncoder.encode(line.subject(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    // --- previous and next occasion

    public String getPreviousUrl() {
        return neighbour(-1);
    }

    public String getNextUrl() {
        return neighbour(1);
    }

    private String neighbour(int step) {
        List<Registers.Sitting> all = register.sittings();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).occasion().equals(register.sitting().occasion())) {
                at = i;
            }
        }
        int to = at + step;
        if (at < 0 || to < 0 || to >= all.size()) {
            return "";
        }
        return user.withContext(contextPath() + AttendanceResource.page(register.placed(), all.get(to)));
    }

    // --- what the last tap did

    public String getSaved() {
        return AttendanceStatus.byKey(parameters.get("saved")).map(s -> FollowUpTexts.text(user.getLocale(),
                "attendance.savedShort")).orElse("");
    }

    public String getRefusal() {
        return FollowUpTexts.refusal(parameters.get("refused"), user.getLocale());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
