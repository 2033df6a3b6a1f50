package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.CareerPlans;
import dk.laerepladsklar.careerplan.boundary.PlacedPlan;
import dk.laerepladsklar.careerplan.boundary.PlanPlacements;
import dk.laerepladsklar.careerplan.boundary.PlanResource;
import dk.laerepladsklar.careerplan.boundary.PlanReviews;
import dk.laerepladsklar.careerplan.boundary.ReviewResource;
import dk.laerepladsklar.careerplan.entity.ClassNote;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The class view of a placed career plan ({@code /careerplan/class.xhtml?placement=…}): each student's plan state in
 * plain words, when it last changed, whether there are unsent changes, how many next steps are overdue, and a link to
 * the plan; students on the roster who have not opened the plan show as not started. Staff write notes to a section
 * for the whole class (group guidance); a mentor sees only their mentees and writes no notes.
 */
@Named
@RequestScoped
public class PlanClassView {

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    PlanReviews reviews;
    @Inject
    CareerPlans plans;

    private PlacedPlan placed;
    private PlanReviews.ClassRows rows = new PlanReviews.ClassRows(List.of(), false);
    private List<ClassNote> notes = List.of();
    private boolean staff;
    private Map<String, String> parameters = Map.of();

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isFollowingClass()) {
            return;
        }
        placed = placements.openToFollow(parameters.get(CareerPlanActivity.PLACEMENT_PARAMETER), user.current())
                .orElse(null);
        if (placed != null) {
            rows = reviews.classRows(placed, user.current(), LocalDate.now(PlanResource.SCHOOL_ZONE));
            staff = reviews.mayJudge(placed, user.current());
            notes = plans.classNotes(placed.course());
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public String getTitle() {
        return placed.title();
    }

    public List<PlanReviews.ClassRow> getStudents() {
        return rows.rows();
    }

    /** Whether the platform's roster was read (else only students who opened the plan are listed). */
    public boolean isRosterRead() {
        return rows.rosterRead();
    }

    public long getWaitingCount() {
        return rows.rows().stream().filter(r -> r.state() == PlanState.SENT).count();
    }

    public long getOverdueCount() {
        return rows.rows().stream().filter(r -> r.overdueSteps() > 0).count();
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isMentor() {
        return user.isMentor() && !staff;
    }

    public String nameOf(PlanReviews.ClassRow row) {
        return StudentLabels.nameOrLabel(row.studentName(), row.studentSubject(), user.getLocale());
    }

    public boolean isNamesMissing() {
        return rows.rows().stream().anyMatch(r -> r.studentName() == null || r.studentName().isBlank());
    }

    public String getNamesExplanation() {
        return StudentLabels.explanation(user.getLocale());
    }

    /** The plan's own state in plain words (not started, draft, sent, needs changes, approved). */
    public String stateOf(PlanReviews.ClassRow row) {
        return ReviewTexts.text(user.getLocale(), "state." + row.state().name());
    }

    /** The same state in the words the course's class page and "Mit forløb" use. */
    public String standingOf(PlanReviews.ClassRow row) {
        return row.standing().label(user.getLocale());
    }

    public String when(PlanReviews.ClassRow row) {
        return ReviewTexts.when(row.updatedAt(), user.getLocale());
    }

    public String overdueOf(PlanReviews.ClassRow row) {
        return row.overdueSteps() == 0 ? ReviewTexts.text(user.getLocale(), "class.overdue.none")
                : ReviewTexts.text(user.getLocale(), "class.overdue.some", row.overdueSteps());
    }

    public String reviewUrl(PlanReviews.ClassRow row) {
        return user.withContext(contextPath() + CareerPlanActivity.REVIEW_PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + placed.placementId() + "&"
                + CareerPlanActivity.STUDENT_PARAMETER + "=" + URLEncoder.encode(row.studentSubject(), StandardCharsets.UTF_8));
    }

    /** The page where staff try the plan as a student would (their own plan, a preview). */
    public String getTryUrl() {
        return user.withContext(contextPath() + CareerPlanActivity.PLAN_PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    // --- group guidance ---------------------------------------------------------------------------------------------

    public List<PlanSection> getSections() {
        return Arrays.asList(PlanSection.values());
    }

    public String sectionTitle(PlanSection section) {
        return ReviewTexts.text(user.getLocale(), "section." + section.key() + ".title");
    }

    public List<ClassNote> notesOf(PlanSection section) {
        return notes.stream().filter(n -> n.getSection() == section).toList();
    }

    public boolean isNotesEmpty() {
        return notes.isEmpty();
    }

    public String noteBy(ClassNote note) {
        String name = note.getAuthorName() == null || note.getAuthorName().isBlank()
                ? ReviewTexts.text(user.getLocale(), "author.TEACHER") : note.getAuthorName();
        return ReviewTexts.text(user.getLocale(), "review.signed", name, ReviewTexts.text(user.getLocale(), "author.TEACHER"),
                ReviewTexts.when(note.getWrittenAt(), user.getLocale()));
    }

    public String getNoteAction() {
        return user.withContext(contextPath() + ReviewResource.PATH + placed.placementId() + "/class-notes");
    }

    public String removeAction(ClassNote note) {
        return user.withContext(contextPath() + ReviewResource.PATH + placed.placementId() + "/class-notes/"
                + note.getId() + "/remove");
    }

    /** What the last note form did, in plain words; empty when nothing. */
    public String getSavedNote() {
        String saved = parameters.get("saved");
        return "note".equals(saved) || "note-removed".equals(saved)
                ? ReviewTexts.text(user.getLocale(), "class.saved." + saved) : "";
    }

    public String getRefusal() {
        return Refusals.text(parameters.get("refused"), user.getLocale());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
