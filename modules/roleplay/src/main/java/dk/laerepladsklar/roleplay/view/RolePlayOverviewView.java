package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.roleplay.boundary.PlacedRolePlay;
import dk.laerepladsklar.roleplay.boundary.PracticeSummary;
import dk.laerepladsklar.roleplay.boundary.Practices;
import dk.laerepladsklar.roleplay.boundary.RolePlayPlacements;
import dk.laerepladsklar.roleplay.boundary.RolePlays;
import dk.laerepladsklar.roleplay.boundary.Attempts;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The teacher's view of one placed role-play ({@code /roleplay/overview.xhtml?placement=…}): the scenario and its
 * rubric, and each student with whether they practised, in the words every page uses. For staff, and for mentors, who
 * see only their mentees and cannot try it; only for a placement in the course of the launch.
 */
@Named
@RequestScoped
public class RolePlayOverviewView {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Practices practices;
    @Inject
    RolePlays rolePlays;
    @Inject
    Attempts attempts;

    private PlacedRolePlay placed;
    private Scenario scenario;
    private List<PracticeSummary> students = List.of();
    private List<Attempt> recorded = List.of();

    @PostConstruct
    void init() {
        if (!user.isFollowingClass()) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(RolePlays.PLACEMENT_PARAMETER);
        placed = placements.openToFollow(id, user.current()).orElse(null);
        if (placed != null) {
            scenario = rolePlays.scenario(placed, user.getLocale());
            students = practices.ofEveryone(placed, user.current());
            recorded = attempts.latestOfEveryone(placed, user.current());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public Scenario getScenario() {
        return scenario;
    }

    public List<PracticeSummary> getStudents() {
        return students;
    }

    public long getPractisedCount() {
        return students.stream().filter(s -> s.timesFinished() > 0).count();
    }

    public String nameOf(PracticeSummary student) {
        return StudentLabels.nameOrLabel(student.name(), student.subject(), user.getLocale());
    }

    public boolean isNamesMissing() {
        return students.stream().anyMatch(s -> s.name() == null || s.name().isBlank());
    }

    public String getNamesExplanation() {
        return StudentLabels.explanation(user.getLocale());
    }

    /** In the words every page uses: the class page says the same of this student here. */
    public String stateOf(PracticeSummary student) {
        return student.state().label(user.getLocale());
    }

    public String practisedOf(PracticeSummary student) {
        if (student.timesFinished() > 0) {
            return Messages.text(user.getLocale(), "overview.practised.yes", student.timesFinished());
        }
        return Messages.text(user.getLocale(), student.walking() ? "overview.practised.walking" : "overview.practised.no");
    }

    public String when(PracticeSummary student) {
        return student.lastAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(user.getLocale()).withZone(DANISH_TIME).format(student.lastAt());
    }

    /** Each student's latest sent attempt (a mentor: released ones of mentees), to open for assessment. */
    public List<Attempt> getRecorded() {
        return recorded;
    }

    public String attemptNameOf(Attempt attempt) {
        return StudentLabels.nameOrLabel(attempt.getStudentName(), attempt.getStudentSubject(), user.getLocale());
    }

    public String attemptStateOf(Attempt attempt) {
        return AttemptTexts.state(attempt, user.getLocale());
    }

    public String attemptWhen(Attempt attempt) {
        return AttemptTexts.when(attempt.getSentAt(), user.getLocale());
    }

    public String assessUrl(Attempt attempt) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.ASSESS_PAGE + "?" + RolePlays.ATTEMPT_PARAMETER + "=" + attempt.getId());
    }

    public boolean isMayTry() {
        return user.isStaff();
    }

    public boolean isMentor() {
        return user.isMentor();
    }

    /** The page where staff adjust this placement's rubric. */
    public String getRubricUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.RUBRIC_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    /** The page where staff give the other person's lines a recorded voice. */
    public String getVoicesUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.VOICES_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    public String getTryUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + RolePlays.PRACTICE_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }
}
