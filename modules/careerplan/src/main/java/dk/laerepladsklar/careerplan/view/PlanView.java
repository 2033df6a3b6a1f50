package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.CareerPlans;
import dk.laerepladsklar.careerplan.boundary.PlacedPlan;
import dk.laerepladsklar.careerplan.boundary.PlanPlacements;
import dk.laerepladsklar.careerplan.boundary.PlanResource;
import dk.laerepladsklar.careerplan.boundary.PlanVoices;
import dk.laerepladsklar.careerplan.control.PlanComparison;
import dk.laerepladsklar.careerplan.control.VersionDiff;
import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.ClassNote;
import dk.laerepladsklar.careerplan.entity.NextStep;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import dk.laerepladsklar.careerplan.entity.SectionAnswer;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The student's own plan, "Min karriereplan" ({@code /careerplan/plan.xhtml?placement=…[&compare=N]}): the guided
 * sections with help, an example and the comments and class notes beside them, trade and area, next steps, the support
 * section and the choice to share it, the state and sending, the versions sent and what changed in one of them. The page
 * is drawn here and reads without JavaScript; writing goes through {@link PlanResource} from {@code plan.js} (the
 * text saves itself as the student writes) and the media store's upload for voice answers.
 */
@Named
@RequestScoped
public class PlanView {

    /** The parameter that asks for a version's changes against the one before it. */
    static final String COMPARE = "compare";
    /** The parameter the page is opened again with after a send. */
    static final String SENT = "sent";

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    CareerPlans plans;

    private PlacedPlan placed;
    private CareerPlan plan;
    private PlanTexts texts;
    private List<PlanVersion> versions = List.of();
    private List<PlanComment> comments = List.of();
    private List<ClassNote> notes = List.of();
    private PlanVersion compared;
    private List<PlanComparison.Change> changes = List.of();

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        placed = placements.openToWrite(parameters.get(CareerPlanActivity.PLACEMENT_PARAMETER), user.current()).orElse(null);
        if (placed == null) {
            return;
        }
        texts = new PlanTexts(user.getLocale(), LocalDate.now(PlanResource.SCHOOL_ZONE));
        plan = plans.open(placed, user.current());
        versions = plans.versions(plan);
        comments = plans.comments(plan);
        notes = plans.classNotes(placed.course());
        compared = PlanTexts.number(parameters.get(COMPARE))
                .flatMap(n -> versions.stream().filter(v -> v.getNumber() == n && n > 1).findFirst()).orElse(null);
        if (compared != null) {
            PlanVersion previous = versions.stream().filter(v -> v.getNumber() == compared.getNumber() - 1)
                    .findFirst().orElseThrow();
            changes = PlanComparison.between(previous.snapshot(), compared.snapshot(), texts::stepLine);
        }
    }

    public boolean isFound() {
        return plan != null;
    }

    /** Staff trying the page: their own plan, kept apart from the students'. */
    public boolean isPreview() {
        return user.isStaff();
    }

    public String getStateText() {
        return texts.text("state." + plan.getState().name());
    }

    public String getStateExplained() {
        return texts.text("state." + plan.getState().name() + ".explain");
    }

    public String getStateCode() {
        return plan.getState().name();
    }

    public boolean isUnsentChanges() {
        return plan.hasUnsentChanges();
    }

    public boolean isSupportShared() {
        return plan.isSupportShared();
    }

    public String getTrade() {
        return plan.getTrade();
    }

    public String getArea() {
        return plan.getArea();
    }

    public boolean isJustSent() {
        return "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SENT));
    }

    // ---- sections

    /** Every guided section in the page's order (the page puts the next steps after the short-term goals). */
    public List<SectionRow> getSections() {
        return Arrays.stream(PlanSection.values()).map(this::row).toList();
    }

    private SectionRow row(PlanSection section) {
        SectionAnswer answer = plan.answer(section).orElse(null);
        UUID voice = answer == null ? null : answer.getVoiceMediaId();
        List<CommentRow> beside = comments.stream().filter(c -> c.getSection() == section).map(this::comment).toList();
        List<NoteRow> classNotes = notes.stream().filter(n -> n.getSection() == section)
                .map(n -> new NoteRow(texts.noteAuthor(n.getAuthorName()), n.getText(), texts.when(n.getWrittenAt())))
                .toList();
        return new SectionRow(section.key(), texts.text("section." + section.key() + ".title"),
                texts.text("section." + section.key() + ".help"), texts.text("section." + section.key() + ".example"),
                answer == null ? "" : answer.getText(), voice == null ? "" : mediaUrl(voice),
                PlanVoices.reference(section), beside, classNotes);
    }

    /** Comments on the plan as a whole (no section), shown beside the state and "send". */
    public List<CommentRow> getPlanComments() {
        return comments.stream().filter(c -> c.getSection() == null).map(this::comment).toList();
    }

    private CommentRow comment(PlanComment c) {
        return new CommentRow(texts.author(c.getAuthorName(), c.getAuthorRole()),
                texts.text("comment.version", c.getVersionNumber()), c.getText(), texts.when(c.getWrittenAt()));
    }

    // ---- next steps

    public List<StepRow> getSteps() {
        return plan.getSteps().stream().map(this::step).toList();
    }

    private StepRow step(NextStep s) {
        return new StepRow(s.getId(), s.getText(), s.getDue().toString(), texts.day(s.getDue()), s.isDone(),
                s.isOverdue(texts.today()));
    }

    public int getMaxSteps() {
        return CareerPlan.MAX_STEPS;
    }

    public int getMaxStepText() {
        return CareerPlan.MAX_STEP_TEXT;
    }

    public int getMaxField() {
        return CareerPlan.MAX_FIELD;
    }

    public int getMaxText() {
        return CareerPlan.MAX_TEXT;
    }

    // ---- versions and comparing

    public List<VersionRow> getVersions() {
        return versions.stream().map(v -> new VersionRow(v.getNumber(), texts.when(v.getSentAt()),
                texts.verdict(v.getVerdict()), v.getVerdict() == null ? "WAITING" : v.getVerdict().name(),
                v.getNumber() > 1 ? compareUrl(v.getNumber()) : "",
                compared != null && compared.getNumber() == v.getNumber())).toList();
    }

    public boolean isComparing() {
        return compared != null;
    }

    public int getComparedNumber() {
        return compared.getNumber();
    }

    /** The parts that changed, in reading order (the others are summed up in one line). */
    public List<ChangeRow> getChanges() {
        return changes.stream().filter(PlanComparison.Change::changed)
                .map(c -> new ChangeRow(c.key(), texts.partTitle(c.key()), c.segments().stream()
                        .map(s -> new SegmentRow(s.kind().name(), s.text())).toList(), c.voiceChanged()))
                .toList();
    }

    public boolean isNothingChanged() {
        return !PlanComparison.anyChange(changes);
    }

    public String getCloseCompareUrl() {
        return pageUrl("") + "#versions";
    }

    private String compareUrl(int number) {
        return pageUrl("&" + COMPARE + "=" + number) + "#compare";
    }

    // ---- what plan.js needs

    /** The plan's JSON calls, without the launch (plan.js adds {@code lc} to each). */
    public String getApi() {
        return contextPath() + "/api/careerplan/plans/" + placed.placementId();
    }

    /** The page again after a send, so the versions list shows the new one. */
    public String getAfterSendUrl() {
        return pageUrl("&" + SENT + "=1") + "#send";
    }

    public String getMediaUploads() {
        return contextPath() + "/api/media/uploads";
    }

    public String getLaunchContextId() {
        return user.getContextId();
    }

    public String getVoicePurpose() {
        return PlanVoices.PURPOSE;
    }

    /** The media store's limit for a voice answer (50 MB) is far above this page's three minutes of speech. */
    public int getVoiceSeconds() {
        return 180;
    }

    public long getVoiceMaxBytes() {
        return 50L * 1024 * 1024;
    }

    private String pageUrl(String extra) {
        return user.withContext(contextPath() + CareerPlanActivity.PLAN_PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + placed.placementId() + extra);
    }

    private String mediaUrl(UUID mediaId) {
        return user.withContext(contextPath() + "/api/media/items/" + mediaId);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    Optional<PlacedPlan> placed() {
        return Optional.ofNullable(placed);
    }

    // ---- rows the page reads (records: the page calls their methods, e.g. #{s.title()})

    /** A guided section as the student sees it, with what others wrote beside it. */
    public record SectionRow(String key, String title, String help, String example, String text, String voiceUrl,
                             String voiceReference, List<CommentRow> comments, List<NoteRow> notes) {
        public boolean hasVoice() {
            return !voiceUrl.isEmpty();
        }
    }

    /** A comment signed with its author's name and role, and the version it is about. */
    public record CommentRow(String author, String version, String text, String when) {
    }

    /** A teacher's note to the whole class. */
    public record NoteRow(String author, String text, String when) {
    }

    public record StepRow(String id, String text, String due, String dueText, boolean done, boolean overdue) {
    }

    public record VersionRow(int number, String sentAt, String verdict, String verdictCode, String compareUrl,
                             boolean compared) {
    }

    public record ChangeRow(String key, String title, List<SegmentRow> segments, boolean voiceChanged) {
    }

    /** A run of words: {@code SAME}, {@code ADDED} or {@code REMOVED}. */
    public record SegmentRow(String kind, String text) {
        public boolean added() {
            return VersionDiff.Kind.ADDED.name().equals(kind);
        }

        public boolean removed() {
            return VersionDiff.Kind.REMOVED.name().equals(kind);
        }
    }
}
