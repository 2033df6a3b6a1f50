package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.CareerPlans;
import dk.laerepladsklar.careerplan.boundary.PlacedPlan;
import dk.laerepladsklar.careerplan.boundary.PlanPlacements;
import dk.laerepladsklar.careerplan.boundary.PlanResource;
import dk.laerepladsklar.careerplan.boundary.PlanReviews;
import dk.laerepladsklar.careerplan.boundary.ReviewResource;
import dk.laerepladsklar.careerplan.control.PlanReading;
import dk.laerepladsklar.careerplan.control.VersionDiff;
import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One student's plan as a teacher or mentor reads it ({@code /careerplan/review.xhtml?placement=…&student=…}, also
 * where the LMS gradebook's review button lands): the latest version the student sent (or an earlier one, {@code
 * &version=N}), compared with the one before on request ({@code &compare=1}), the current draft marked as not sent,
 * the support section only when the student shares it, next steps with the overdue ones picked out, and the comments
 * beside each section with a form to add one. Staff ask for changes or approve the latest sent version; a mentor
 * comments only. The forms post to {@link ReviewResource}, which sends the browser back here.
 */
@Named
@RequestScoped
public class PlanReviewView {

    static final String VERSION_PARAMETER = "version";
    static final String COMPARE_PARAMETER = "compare";

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    PlanReviews reviews;
    @Inject
    CareerPlans plans;

    private Map<String, String> parameters = Map.of();
    private PlacedPlan placed;
    private CareerPlan plan;
    private List<PlanVersion> versions = List.of();
    private PlanVersion shown;
    private PlanVersion previous;
    private List<PlanComment> comments = List.of();
    private List<PlanReading.SectionRead> sections = List.of();
    private List<PlanReading.SectionRead> draft = List.of();
    private List<PlanReading.StepRead> steps = List.of();
    private PlanSnapshot shownSnapshot;
    private boolean mayJudge;
    private boolean mayComment;

    @PostConstruct
    void init() {
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!user.isFollowingClass()) {
            return;
        }
        placed = placements.openToFollow(parameters.get(CareerPlanActivity.PLACEMENT_PARAMETER), user.current())
                .orElse(null);
        if (placed == null) {
            return;
        }
        plan = reviews.plan(placed, user.current(), parameters.get(CareerPlanActivity.STUDENT_PARAMETER)).orElse(null);
        if (plan == null) {
            return;
        }
        versions = plans.versions(plan);
        int asked = ReviewResource.number(parameters.get(VERSION_PARAMETER));
        shown = versions.stream().filter(v -> v.getNumber() == asked).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(0));
        boolean compare = "1".equals(parameters.get(COMPARE_PARAMETER));
        if (shown != null) {
            previous = versions.stream().filter(v -> v.getNumber() == shown.getNumber() - 1).findFirst().orElse(null);
        }
        comments = plans.comments(plan);
        PlanSnapshot current = PlanReviews.readable(plan, plan.snapshot(), user.current());
        shownSnapshot = shown == null ? current : PlanReviews.readable(plan, shown.snapshot(), user.current());
        PlanSnapshot before = compare && previous != null
                ? PlanReviews.readable(plan, previous.snapshot(), user.current()) : null;
        List<PlanComment> onShown = shown == null ? List.of() : comments;
        sections = PlanReading.sections(shownSnapshot, before, plan.isSupportShared(), onShown);
        if (shown != null && plan.hasUnsentChanges()) {
            draft = PlanReading.sections(current, shownSnapshot, plan.isSupportShared(), List.of());
        }
        steps = PlanReading.steps(current.steps(), LocalDate.now(PlanResource.SCHOOL_ZONE));
        mayJudge = reviews.mayJudge(placed, user.current());
        mayComment = reviews.mayComment(placed, user.current(), plan);
    }

    public boolean isFound() {
        return plan != null;
    }

    public String getStudentName() {
        return StudentLabels.nameOrLabel(plan.getStudentName(), plan.student().subject(), user.getLocale());
    }

    public String getStudentSubject() {
        return plan.student().subject();
    }

    public String getPlacementTitle() {
        return placed.title();
    }

    public String getStateCode() {
        return plan.getState().name();
    }

    public String getStateText() {
        return ReviewTexts.text(user.getLocale(), "state." + plan.getState().name());
    }

    public String getStandingText() {
        return CareerPlanActivity.studentState(plan.getState(), placed.rule()).label(user.getLocale());
    }

    public String getUpdatedAt() {
        return ReviewTexts.when(plan.getUpdatedAt(), user.getLocale());
    }

    public boolean isUnsentChanges() {
        return plan.hasUnsentChanges();
    }

    /** Nothing sent yet: the page shows the draft as it stands, and nobody can comment on it yet. */
    public boolean isNothingSent() {
        return shown == null;
    }

    public PlanVersion getShown() {
        return shown;
    }

    public boolean isShownLatest() {
        return shown != null && shown.getNumber() == plan.getVersionsSent();
    }

    public String getShownSentAt() {
        return shown == null ? "" : ReviewTexts.when(shown.getSentAt(), user.getLocale());
    }

    public String verdictOf(PlanVersion version) {
        return version.getVerdict() == null ? ReviewTexts.text(user.getLocale(), "review.verdict.none")
                : ReviewTexts.text(user.getLocale(), "review.verdict." + version.getVerdict().name());
    }

    public List<PlanVersion> getVersions() {
        return versions;
    }

    public String sentAt(PlanVersion version) {
        return ReviewTexts.when(version.getSentAt(), user.getLocale());
    }

    public boolean isComparing() {
        return "1".equals(parameters.get(COMPARE_PARAMETER)) && previous != null;
    }

    public boolean isComparable() {
        return previous != null;
    }

    public int getPreviousNumber() {
        return previous == null ? 0 : previous.getNumber();
    }

    public String versionUrl(PlanVersion version) {
        return pageUrl("&" + VERSION_PARAMETER + "=" + version.getNumber());
    }

    public String getCompareUrl() {
        return pageUrl("&" + VERSION_PARAMETER + "=" + shown.getNumber() + "&" + COMPARE_PARAMETER + "=1#sections");
    }

    public String getPlainUrl() {
        return pageUrl("&" + VERSION_PARAMETER + "=" + shown.getNumber() + "#sections");
    }

    public String getClassUrl() {
        return user.withContext(contextPath() + CareerPlanActivity.CLASS_PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    // --- the plan -------------------------------------------------------------------------------------------------

    public List<PlanReading.SectionRead> getSections() {
        return sections;
    }

    public List<PlanReading.SectionRead> getDraft() {
        return draft;
    }

    public boolean isSupportHidden() {
        return !plan.isSupportShared();
    }

    public String getTrade() {
        return shownSnapshot.trade();
    }

    public String getArea() {
        return shownSnapshot.area();
    }

    public String sectionTitle(PlanReading.SectionRead section) {
        return ReviewTexts.text(user.getLocale(), "section." + section.key() + ".title");
    }

    public boolean isAdded(VersionDiff.Segment segment) {
        return segment.kind() == VersionDiff.Kind.ADDED;
    }

    public boolean isRemoved(VersionDiff.Segment segment) {
        return segment.kind() == VersionDiff.Kind.REMOVED;
    }

    public String voiceUrl(UUID mediaId) {
        return user.withContext(contextPath() + "/api/media/items/" + mediaId);
    }

    public List<PlanReading.StepRead> getSteps() {
        return steps;
    }

    public long getOverdueCount() {
        return PlanReading.overdue(steps);
    }

    public String day(LocalDate day) {
        return ReviewTexts.day(day, user.getLocale());
    }

    // --- comments and verdict -------------------------------------------------------------------------------------

    public List<PlanComment> getGeneralComments() {
        return shown == null ? List.of() : PlanReading.general(comments);
    }

    /** "Hanne Holm, lærer · 3.12.2026 10:15 · version 1": who, in which capacity, when, on what. */
    public String signature(PlanComment comment) {
        String role = ReviewTexts.text(user.getLocale(), "author." + comment.getAuthorRole().name());
        String name = comment.getAuthorName() == null || comment.getAuthorName().isBlank()
                ? ReviewTexts.text(user.getLocale(), "review.unnamed") : comment.getAuthorName();
        return ReviewTexts.text(user.getLocale(), "review.signed", name, role,
                ReviewTexts.when(comment.getWrittenAt(), user.getLocale()))
                + " · " + ReviewTexts.text(user.getLocale(), "review.onVersion", comment.getVersionNumber());
    }

    public boolean isMayComment() {
        return mayComment && shown != null;
    }

    public boolean isMentorOnly() {
        return mayComment && !mayJudge;
    }

    /** Staff, on the latest version while it waits for a verdict. */
    public boolean isMayJudge() {
        return mayJudge && plan.getState() == PlanState.SENT && isShownLatest();
    }

    public String getCommentAction() {
        return studentAction("comments");
    }

    public String getChangesAction() {
        return studentAction("changes");
    }

    public String getApproveAction() {
        return studentAction("approve");
    }

    /** What the last form did, in plain words; empty when nothing. */
    public String getSavedNote() {
        String saved = parameters.get("saved");
        return Optional.ofNullable(saved).filter(s -> List.of("comment", "changes", "approved").contains(s))
                .map(s -> ReviewTexts.text(user.getLocale(), "review.saved." + s)).orElse("");
    }

    public String getRefusal() {
        return Refusals.text(parameters.get("refused"), user.getLocale());
    }

    private String studentAction(String what) {
        return user.withContext(contextPath() + ReviewResource.PATH + placed.placementId() + "/students/"
                + URLEncoder.encode(plan.student().subject(), StandardCharsets.UTF_8).replace("+", "%20") + "/" + what);
    }

    private String pageUrl(String then) {
        String base = contextPath() + CareerPlanActivity.REVIEW_PAGE + "?" + CareerPlanActivity.PLACEMENT_PARAMETER + "="
                + placed.placementId() + "&" + CareerPlanActivity.STUDENT_PARAMETER + "="
                + URLEncoder.encode(plan.student().subject(), StandardCharsets.UTF_8) + then;
        return user.withContext(base);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
