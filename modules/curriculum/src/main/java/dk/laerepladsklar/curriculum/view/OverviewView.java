package dk.laerepladsklar.curriculum.view;

import dk.laerepladsklar.curriculum.boundary.ModuleFilesResource;
import dk.laerepladsklar.curriculum.boundary.ModulePlacements;
import dk.laerepladsklar.curriculum.boundary.ModuleProgresses;
import dk.laerepladsklar.curriculum.boundary.PlacedModule;
import dk.laerepladsklar.curriculum.boundary.StudentProgress;
import dk.laerepladsklar.curriculum.boundary.TeachingModules;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.kernel.activity.StudentState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The teacher's view of one placed teaching module ({@code /modules/overview.xhtml?placement=…}): each student's
 * progress and score, their reflections to read and the files they handed in. For staff, and for mentors, who see
 * only their own mentees and cannot try the module (the filter sends others away); only for a placement in the
 * course of the launch the page belongs to.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Inject
    SignedInUser user;
    @Inject
    ModulePlacements placements;
    @Inject
    ModuleProgresses progresses;
    @Inject
    TeachingModules modules;

    private PlacedModule placed;
    private List<StudentProgress> students = List.of();
    /** The student a submission review opened, when this page may show them; null otherwise. */
    private StudentProgress reviewed;

    @PostConstruct
    void init() {
        if (!user.isFollowingClass()) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(TeachingModules.PLACEMENT_PARAMETER);
        placed = placements.openToFollow(id, user.current()).orElse(null);
        if (placed != null) {
            students = progresses.ofEveryone(placed, user.current());
            // Only someone already in the list this launch may read can be picked out: the parameter adds no access.
            String subject = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get(TeachingModules.STUDENT_PARAMETER);
            reviewed = subject == null ? null : students.stream().filter(s -> subject.equals(s.subject())).findFirst().orElse(null);
        }
    }

    public StudentProgress getReviewed() {
        return reviewed;
    }

    /** Whether this row or work card is the student the gradebook's review opened. */
    public boolean isReviewed(StudentProgress student) {
        return reviewed != null && reviewed.subject().equals(student.subject());
    }

    /** The anchor of the reviewed student's work card ({@code work-<row>}). */
    public String getReviewedAnchor() {
        return reviewed == null ? "" : "work-" + (students.indexOf(reviewed) + 1);
    }

    public boolean isFound() {
        return placed != null;
    }

    public PlacedModule getPlaced() {
        return placed;
    }

    public TeachingModule getModule() {
        return modules.module(placed.moduleKey(), user.getLocale()).orElseThrow();
    }

    public List<StudentProgress> getStudents() {
        return students;
    }

    public long getCompletedCount() {
        return students.stream().filter(s -> s.summary().completed()).count();
    }

    public List<ReflectionStep> getReflectionSteps() {
        return getModule().steps().stream().filter(ReflectionStep.class::isInstance).map(ReflectionStep.class::cast).toList();
    }

    public List<TaskStep> getUploadSteps() {
        return getModule().steps().stream().filter(TaskStep.class::isInstance).map(TaskStep.class::cast)
                .filter(TaskStep::isUpload).toList();
    }

    public List<TaskStep> getShowWorkSteps() {
        return getModule().steps().stream().filter(TaskStep.class::isInstance).map(TaskStep.class::cast)
                .filter(TaskStep::isShowWork).toList();
    }

    /**
     * Where a student's voice answer or shown work plays, in this launch: the media store serves it only to those the
     * kernel's Access lets read that student's work in this course (staff; a mentor their mentees).
     */
    public String mediaUrl(java.util.UUID mediaId) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PlayView.MEDIA_ITEMS + mediaId);
    }

    public String nameOf(StudentProgress student) {
        return StudentLabels.nameOrLabel(student.name(), student.subject(), user.getLocale());
    }

    /** Whether some student is shown by a label because the LMS shared no name. */
    public boolean isNamesMissing() {
        return students.stream().anyMatch(s -> s.name() == null || s.name().isBlank());
    }

    public String getNamesExplanation() {
        return StudentLabels.explanation(user.getLocale());
    }

    /** Staff may try the module (as a preview); a mentor only looks. */
    public boolean isMayTry() {
        return user.isStaff();
    }

    public boolean isMentor() {
        return user.isMentor();
    }

    /** What a screen reader says for a student's progress bar: "3 af 8 trin", not only a percentage. */
    public String progressOf(StudentProgress student) {
        return Messages.text("overview.progressValue", student.summary().stepsDone(), student.summary().steps());
    }

    /** In the words every page uses: the class page says the same of this student in this module. */
    public String stateOf(StudentProgress student) {
        return StudentState.of(student.summary().state()).label(user.getLocale());
    }

    public String scoreOf(StudentProgress student) {
        DecimalFormat points = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(user.getLocale()));
        return Messages.text("overview.scoreOf", points.format(student.summary().score()),
                points.format(student.summary().scoreMaximum()));
    }

    public String when(StudentProgress student) {
        return student.updatedAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(user.getLocale()).withZone(DANISH_TIME).format(student.updatedAt());
    }

    public String fileUrl(StudentProgress.Upload upload) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ModuleFilesResource.FILES + upload.id());
    }

    public String getPlayUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + TeachingModules.PLAY_PAGE + "?" + TeachingModules.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    /** The title of a step, for headings such as "Reflection: Your network". */
    public String titleOf(Step step) {
        return step.title();
    }
}
