package dk.laerepladsklar.curriculum.view;

import dk.laerepladsklar.curriculum.boundary.ModuleFilesResource;
import dk.laerepladsklar.curriculum.boundary.ModulePlacements;
import dk.laerepladsklar.curriculum.boundary.ModuleProgresses;
import dk.laerepladsklar.curriculum.boundary.PlacedModule;
import dk.laerepladsklar.curriculum.boundary.StudentProgress;
import dk.laerepladsklar.curriculum.boundary.TeachingModules;
import dk.laerepladsklar.curriculum.boundary.UploadRefused;
import dk.laerepladsklar.curriculum.control.ProgressSummary;
import dk.laerepladsklar.curriculum.entity.QuizOption;
import dk.laerepladsklar.curriculum.entity.QuizQuestion;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.ReadingStep;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The student's player for one placed teaching module ({@code /modules/play.xhtml?placement=…[&step=…]}).
 * Without a step it opens where the student left off: the first step not done yet, or the summary when all are
 * done. Moving between steps redirects to the step's own address, so the back button and reloads behave.
 * Nothing typed is lost: "next" and "previous" save a reflection or hand in a chosen file first, and stay on the
 * step with a message if that fails.
 */
@Named
@ViewScoped
public class PlayView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The {@code step} value of the summary shown when every step is done. */
    public static final String FINISHED = "done";

    @Inject
    SignedInUser user;
    @Inject
    ModulePlacements placements;
    @Inject
    ModuleProgresses progresses;
    @Inject
    TeachingModules modules;

    private PlacedModule placed;
    private StudentProgress progress;
    private String stepId;
    private boolean resumed;
    private String reflectionText;
    private String lastAnswered;
    private transient Part file;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LaunchContext launch = user.current();
        placed = placements.openToWorkOn(params.get(TeachingModules.PLACEMENT_PARAMETER), launch).orElse(null);
        if (placed == null) {
            return;
        }
        progress = progresses.open(placed, launch);
        TeachingModule module = getModule();
        String asked = params.get("step");
        if (FINISHED.equals(asked)) {
            stepId = null;
        } else if (asked != null && module.step(asked).isPresent()) {
            stepId = asked;
        } else {
            stepId = module.steps().stream().filter(s -> !progress.isDone(s.id())).map(Step::id).findFirst().orElse(null);
            resumed = asked == null && stepId != null && !progress.done().isEmpty();
        }
        if (stepId != null) {
            progresses.visit(placed, launch, stepId);
            reflectionText = progress.reflection(stepId);
        }
        if (UploadSizeGuard.TOO_LARGE.equals(params.get(UploadSizeGuard.PARAMETER)) && isUploadStep()) {
            // Sent back by the guard: the same words as for a file the player refused itself.
            Messages.error("upload.rejected.TOO_LARGE", ((TaskStep) getStep()).acceptedNames());
        }
    }

    // ---- what the page shows

    public boolean isFound() {
        return placed != null;
    }

    public TeachingModule getModule() {
        return modules.module(placed.moduleKey(), user.getLocale()).orElseThrow();
    }

    /** The step shown, or null on the summary. */
    public Step getStep() {
        return stepId == null ? null : getModule().step(stepId).orElseThrow();
    }

    public boolean isFinishedPage() {
        return stepId == null;
    }

    /** Staff trying the module: their answers are kept but do not count. */
    public boolean isPreview() {
        return user.isStaff();
    }

    public boolean isResumed() {
        return resumed;
    }

    public int getStepNumber() {
        return getModule().indexOf(stepId) + 1;
    }

    public int getStepCount() {
        return getModule().steps().size();
    }

    public boolean isFirstStep() {
        return getStepNumber() == 1;
    }

    public StudentProgress getProgress() {
        return progress;
    }

    public ProgressSummary getSummary() {
        return progress.summary();
    }

    public boolean isDone(Step step) {
        return progress.isDone(step.id());
    }

    public boolean isCurrent(Step step) {
        return step.id().equals(stepId);
    }

    public String getStepTypeLabel() {
        Step step = getStep();
        return Messages.text("step.kind." + step.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The address of a step of this module. */
    public String linkTo(String step) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + TeachingModules.PLAY_PAGE + "?" + TeachingModules.PLACEMENT_PARAMETER + "=" + placed.placementId()
                + "&step=" + URLEncoder.encode(step, StandardCharsets.UTF_8));
    }

    public String imageUrl(String image) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + ModuleFilesResource.IMAGES + image;
    }

    public String fileUrl(StudentProgress.Upload upload) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ModuleFilesResource.FILES + upload.id());
    }

    public List<QuizQuestion> getQuestions() {
        return getStep() instanceof QuizStep quiz ? quiz.questions() : List.of();
    }

    public boolean isUploadStep() {
        return getStep() instanceof TaskStep task && task.isUpload();
    }

    public StudentProgress.Answer answerTo(QuizQuestion question) {
        return progress.answer(stepId, question.id());
    }

    public boolean chosen(QuizQuestion question, QuizOption option) {
        StudentProgress.Answer answer = answerTo(question);
        return answer != null && answer.optionId().equals(option.id());
    }

    /** The option the student chose last, for its feedback. */
    public QuizOption chosenOption(QuizQuestion question) {
        StudentProgress.Answer answer = answerTo(question);
        return answer == null ? null : question.option(answer.optionId()).orElse(null);
    }

    public String optionClass(QuizQuestion question, QuizOption option) {
        if (!chosen(question, option)) {
            return "";
        }
        return option.correct() ? "lpk-chosen lpk-right" : "lpk-chosen lpk-wrong";
    }

    public boolean isLastAnswered(QuizQuestion question) {
        return question.id().equals(lastAnswered);
    }

    public StudentProgress.Upload getUpload() {
        return progress.upload(stepId);
    }

    public long getMaxUploadBytes() {
        return UploadedFile.MAX_BYTES;
    }

    public int getReflectionMaxLength() {
        return ReflectionStep.MAX_LENGTH;
    }

    // ---- what the student does

    public void answer(String questionId, String optionId) {
        progress = progresses.answer(placed, user.current(), stepId, questionId, optionId);
        lastAnswered = questionId;
    }

    public void saveReflection() {
        if (reflectionText == null || reflectionText.isBlank()) {
            Messages.error("reflection.required");
            return;
        }
        progress = progresses.reflect(placed, user.current(), stepId, reflectionText);
        reflectionText = progress.reflection(stepId);
        Messages.info("reflection.saved");
    }

    public void confirmTask() {
        progress = progresses.confirm(placed, user.current(), stepId);
        Messages.info("task.confirmed");
    }

    public void upload() {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            Messages.error("upload.rejected.NO_FILE");
            return;
        }
        if (handIn()) {
            Messages.info("upload.saved", getUpload().fileName());
        }
    }

    public String next() {
        if (!keepWhatWasTyped()) {
            return null;
        }
        if (getStep() instanceof ReadingStep) {
            progress = progresses.markRead(placed, user.current(), stepId);
        }
        int index = getModule().indexOf(stepId);
        return goTo(index + 1 < getStepCount() ? getModule().steps().get(index + 1).id() : FINISHED);
    }

    public String previous() {
        if (!keepWhatWasTyped()) {
            return null;
        }
        int index = getModule().indexOf(stepId);
        return goTo(getModule().steps().get(Math.max(0, index - 1)).id());
    }

    private String goTo(String step) {
        return TeachingModules.PLAY_PAGE + "?faces-redirect=true&" + TeachingModules.PLACEMENT_PARAMETER + "="
                + placed.placementId() + "&step=" + URLEncoder.encode(step, StandardCharsets.UTF_8);
    }

    /** Saves a changed reflection and hands in a chosen file before the student moves on. */
    private boolean keepWhatWasTyped() {
        if (getStep() instanceof ReflectionStep && reflectionText != null && !reflectionText.isBlank()
                && !Objects.equals(reflectionText.strip(), progress.reflection(stepId))) {
            progress = progresses.reflect(placed, user.current(), stepId, reflectionText);
        }
        if (isUploadStep() && file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank()) {
            return handIn();
        }
        return true;
    }

    private boolean handIn() {
        TaskStep task = (TaskStep) getStep();
        if (file.getSize() > UploadedFile.MAX_BYTES) {
            Messages.error("upload.rejected.TOO_LARGE", task.acceptedNames());
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) UploadedFile.MAX_BYTES + 1);
            progress = progresses.upload(placed, user.current(), stepId, file.getSubmittedFileName(), content);
            return true;
        } catch (UploadRefused e) {
            Messages.error("upload.rejected." + e.rejection().name(), task.acceptedNames());
            return false;
        } catch (IOException e) {
            Messages.error("upload.failed");
            return false;
        } finally {
            file = null;
        }
    }

    // ---- form fields

    public String getReflectionText() {
        return reflectionText;
    }

    public void setReflectionText(String reflectionText) {
        this.reflectionText = reflectionText;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
