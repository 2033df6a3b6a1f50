package dk.laerepladsklar.curriculum.view;

import dk.laerepladsklar.curriculum.boundary.ModuleFilesResource;
import dk.laerepladsklar.curriculum.boundary.ModuleMedia;
import dk.laerepladsklar.curriculum.boundary.ModulePlacements;
import dk.laerepladsklar.curriculum.boundary.ModuleProgresses;
import dk.laerepladsklar.curriculum.boundary.PlacedModule;
import dk.laerepladsklar.curriculum.boundary.StudentProgress;
import dk.laerepladsklar.curriculum.boundary.TeachingModules;
import dk.laerepladsklar.curriculum.boundary.UploadRefused;
import dk.laerepladsklar.curriculum.control.ProgressSummary;
import dk.laerepladsklar.curriculum.entity.MediaAnswerReference;
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
import java.util.UUID;

/**
 * The student's player for one placed teaching module ({@code /modules/play.xhtml?placement=…[&step=…]}).
 * Without a step it opens where the student left off: the first step not done yet, or the summary when all are
 * done. Moving between steps redirects to the step's own address, so the back button and reloads behave.
 * Nothing typed is lost: "next" and "previous" save a reflection (or a caption) or hand in a chosen file first, and
 * stay on the step with a message if that fails. A reflection may also be answered by voice and a "show your work" task
 * by a photo or film: the page's media.js records or picks them and sends them to the media store, which makes them the
 * step's answer ({@code ModuleMedia}) and then opens the step again.
 */
@Named
@ViewScoped
public class PlayView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The parameter media.js adds when it opens the step again after a voice answer or a work was stored. */
    static final String SAVED = "saved";
    /** Where the media store takes uploads and plays files back (the media module's addresses). */
    static final String MEDIA_UPLOADS = "/api/media/uploads";
    static final String MEDIA_ITEMS = "/api/media/items/";
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
    private String caption;
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
            StudentProgress.Work work = progress.work(stepId);
            caption = work == null ? null : work.caption();
        }
        // Back from the media store (media.js opens the step again once the file is kept): say so, as for a typed answer.
        if ("voice".equals(params.get(SAVED)) && getVoice() != null) {
            Messages.info("voice.saved");
        } else if ("work".equals(params.get(SAVED)) && getWork() != null) {
            Messages.info("work.saved");
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

    public boolean isShowWorkStep() {
        return getStep() instanceof TaskStep task && task.isShowWork();
    }

    /** The media id of this reflection's voice answer, or null. */
    public UUID getVoice() {
        return stepId == null ? null : progress.voice(stepId);
    }

    /** This task's shown work, or null. */
    public StudentProgress.Work getWork() {
        return stepId == null ? null : progress.work(stepId);
    }

    /** Where a file of the media store plays, in this launch. */
    public String mediaUrl(UUID mediaId) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + MEDIA_ITEMS + mediaId);
    }

    /** The media store's tus address (media.js adds the launch to every request). */
    public String getMediaUploads() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + MEDIA_UPLOADS;
    }

    public String getLaunchContextId() {
        return user.getContextId();
    }

    /** What an upload from this step names, so the file becomes this step's answer. */
    public String getMediaReference() {
        return MediaAnswerReference.of(placed.placementId(), stepId);
    }

    public String getVoicePurpose() {
        return ModuleMedia.VOICE.name();
    }

    public String getWorkPurpose() {
        return ModuleMedia.WORK.name();
    }

    public long getVoiceMaxBytes() {
        return ModuleMedia.VOICE.maxBytes();
    }

    public long getWorkMaxBytes() {
        return ModuleMedia.WORK.maxBytes();
    }

    public int getVoiceSeconds() {
        return ModuleMedia.VOICE_SECONDS;
    }

    /** e.g. {@code 250 MB}, for the page's sentences. */
    public long getWorkMaxMegabytes() {
        return ModuleMedia.WORK.maxBytes() / (1024 * 1024);
    }

    /** This step's own address, which media.js opens again once a file is kept. */
    public String getStepUrl() {
        return linkTo(stepId);
    }

    public int getCaptionMaxLength() {
        return TaskStep.MAX_CAPTION;
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
        boolean blank = reflectionText == null || reflectionText.isBlank();
        if (blank && getVoice() == null) {
            Messages.error("reflection.required");
            return;
        }
        if (blank && progress.reflection(stepId) == null) {
            Messages.info("reflection.voiceOnly");
            return;
        }
        progress = progresses.reflect(placed, user.current(), stepId, blank ? "" : reflectionText);
        reflectionText = progress.reflection(stepId);
        Messages.info(blank ? "reflection.textRemoved" : "reflection.saved");
    }

    /** Deletes the voice answer (from the media store too); written words, if any, stay the answer. */
    public void deleteVoice() {
        progress = progresses.withdrawVoice(placed, user.current(), stepId);
        Messages.info(progress.reflection(stepId) == null ? "voice.deleted.none" : "voice.deleted");
    }

    public void saveCaption() {
        if (getWork() == null) {
            return;
        }
        if (caption != null && caption.strip().length() > TaskStep.MAX_CAPTION) {
            Messages.error("work.caption.tooLong", TaskStep.MAX_CAPTION);
            return;
        }
        progress = progresses.caption(placed, user.current(), stepId, caption);
        Messages.info("work.caption.saved");
    }

    /** Deletes the shown work (from the media store too): the task is then not done. */
    public void deleteWork() {
        progress = progresses.withdrawWork(placed, user.current(), stepId);
        caption = null;
        Messages.info("work.deleted");
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
        StudentProgress.Work work = getWork();
        if (isShowWorkStep() && work != null && !Objects.equals(blankToNull(caption), work.caption())) {
            if (caption.strip().length() > TaskStep.MAX_CAPTION) {
                Messages.error("work.caption.tooLong", TaskStep.MAX_CAPTION);
                return false;
            }
            progress = progresses.caption(placed, user.current(), stepId, caption);
        }
        if (isUploadStep() && file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank()) {
            return handIn();
        }
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
