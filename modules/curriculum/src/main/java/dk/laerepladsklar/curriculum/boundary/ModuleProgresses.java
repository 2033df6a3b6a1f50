package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.control.ProgressSummary;
import dk.laerepladsklar.curriculum.control.ScoreRule;
import dk.laerepladsklar.curriculum.control.UploadCheck;
import dk.laerepladsklar.curriculum.entity.ContentPack;
import dk.laerepladsklar.curriculum.entity.FileType;
import dk.laerepladsklar.curriculum.entity.MediaAnswerReference;
import dk.laerepladsklar.curriculum.entity.ModuleProgress;
import dk.laerepladsklar.curriculum.entity.QuizOption;
import dk.laerepladsklar.curriculum.entity.QuizQuestion;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.ReadingStep;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.Step;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import dk.laerepladsklar.curriculum.entity.WorkMedia;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Students' progress through placed teaching modules, one transaction per change. Every change that moves a
 * student's progress or score fires {@link ProgressRecorded} synchronously inside that transaction, so the
 * observers (class overview, gradebook sync) store their part together with the progress or not at all.
 * Students only ever reach their own progress: it is looked up by the launch's platform and subject. Only students
 * make progress that counts: staff may try a module, and their progress is kept as a preview, never reported nor
 * listed with the students'; mentors, observers and guests make none.
 */
@ApplicationScoped
public class ModuleProgresses {

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    TeachingModules modules;
    @Inject
    Event<ProgressRecorded> recorded;
    @Inject
    Event<ActivityOpened> opened;
    @Inject
    Placements placements;
    @Inject
    MediaStore media;

    /**
     * The student's progress, started now if this is their first visit. While the student has done nothing yet, every
     * visit tells the class overview that they opened it ({@link ActivityOpened}; the overview keeps the first), so
     * the class page says "opened" as this module's overview does, also for a student who opened it before the
     * class page learnt to.
     */
    @Transactional
    public StudentProgress open(PlacedModule placed, LaunchContext launch) {
        ModuleProgress progress = findOrStart(placed, launch);
        TeachingModule module = content(placed, launch);
        StudentProgress snapshot = snapshot(placed, progress, module);
        if (!progress.isPreview() && snapshot.summary().state() == ProgressState.NOT_STARTED) {
            opened.fire(new ActivityOpened(placed.placementId(), progress.getStudentSubject(), placed.scoreMaximum(),
                    Instant.now()));
        }
        return snapshot;
    }

    /**
     * How far the student of this launch is, for their own page: steps done, the next step's title in the launch's
     * language (null when all are done), and the state every page uses. Reads only: nothing is started.
     */
    @Transactional
    public ActivityStanding standing(PlacedModule placed, LaunchContext launch) {
        TeachingModule module = content(placed, launch);
        ModuleProgress progress = em.createQuery("select p from ModuleProgress p where p.placementId = :placement "
                        + "and p.platformId = :platform and p.studentSubject = :subject", ModuleProgress.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", launch.platform().value())
                .setParameter("subject", launch.actor().subject()).getResultStream().findFirst().orElse(null);
        if (progress == null) {
            return new ActivityStanding(StudentState.NOT_OPENED, 0, module.steps().size(),
                    module.steps().isEmpty() ? null : module.steps().get(0).title());
        }
        ProgressSummary summary = ScoreRule.summarize(module, progress, placed.scoreMaximum());
        return new ActivityStanding(StudentState.of(summary.state()), summary.stepsDone(), summary.steps(),
                progress.firstUnfinished(module).map(Step::title).orElse(null));
    }

    /** Remembers the step the student is on. */
    @Transactional
    public void visit(PlacedModule placed, LaunchContext launch, String stepId) {
        TeachingModule module = content(placed, launch);
        module.step(stepId).ifPresent(findOrStart(placed, launch)::moveTo);
    }

    @Transactional
    public StudentProgress markRead(PlacedModule placed, LaunchContext launch, String stepId) {
        return change(placed, launch, stepId, ReadingStep.class, (progress, step) -> progress.markRead(step, Instant.now()));
    }

    @Transactional
    public StudentProgress answer(PlacedModule placed, LaunchContext launch, String stepId, String questionId, String optionId) {
        return change(placed, launch, stepId, QuizStep.class, (progress, quiz) -> {
            QuizQuestion question = quiz.question(questionId).orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
            QuizOption option = question.option(optionId).orElseThrow(() -> new IllegalArgumentException("No option " + optionId));
            progress.answer(quiz, question, option, Instant.now());
        });
    }

    @Transactional
    public StudentProgress reflect(PlacedModule placed, LaunchContext launch, String stepId, String text) {
        return change(placed, launch, stepId, ReflectionStep.class, (progress, step) -> progress.reflect(step, text, Instant.now()));
    }

    @Transactional
    public StudentProgress confirm(PlacedModule placed, LaunchContext launch, String stepId) {
        return change(placed, launch, stepId, TaskStep.class, (progress, task) -> progress.confirm(task, Instant.now()));
    }

    /**
     * Hands in a file for an upload task (replacing an earlier one), after {@link UploadCheck} accepted it.
     *
     * @throws UploadRefused with the reason the student is told
     */
    @Transactional(rollbackOn = UploadRefused.class)
    public StudentProgress upload(PlacedModule placed, LaunchContext launch, String stepId, String fileName, byte[] content)
            throws UploadRefused {
        TeachingModule module = content(placed, launch);
        Step step = module.step(stepId).orElseThrow(() -> new IllegalArgumentException("No step " + stepId));
        if (!(step instanceof TaskStep task)) {
            throw new UploadRefused(UploadCheck.Rejection.NOT_AN_UPLOAD_TASK);
        }
        byte[] bytes = content == null ? new byte[0] : content;
        UploadCheck.Verdict verdict = UploadCheck.check(task, fileName, bytes.length,
                Arrays.copyOf(bytes, Math.min(bytes.length, FileType.MAGIC_LENGTH)));
        if (!verdict.accepted()) {
            throw new UploadRefused(verdict.rejection());
        }
        return change(placed, launch, stepId, TaskStep.class, (progress, t) -> {
            Instant now = Instant.now();
            Optional<UploadedFile> earlier = em.createQuery(
                            "select f from UploadedFile f where f.progressId = :progress and f.stepId = :step", UploadedFile.class)
                    .setParameter("progress", progress.getId()).setParameter("step", stepId).getResultStream().findFirst();
            if (earlier.isPresent()) {
                earlier.get().replaceWith(fileName, verdict.type(), bytes, now);
            } else {
                em.persist(new UploadedFile(progress.getId(), stepId, fileName, verdict.type(), bytes, now));
            }
            progress.uploaded(t, now);
        });
    }

    /** Takes the voice answer of a reflection back; it is deleted from the media store once this commits. */
    @Transactional
    public StudentProgress withdrawVoice(PlacedModule placed, LaunchContext launch, String stepId) {
        return change(placed, launch, stepId, ReflectionStep.class,
                (progress, step) -> progress.unspeak(step, Instant.now()).ifPresent(media::delete));
    }

    /** Takes the shown work of a task back (and its caption); the file is deleted from the media store. */
    @Transactional
    public StudentProgress withdrawWork(PlacedModule placed, LaunchContext launch, String stepId) {
        return change(placed, launch, stepId, TaskStep.class,
                (progress, step) -> progress.unshowWork(step, Instant.now()).ifPresent(media::delete));
    }

    /** The student's words about the work they showed. */
    @Transactional
    public StudentProgress caption(PlacedModule placed, LaunchContext launch, String stepId, String caption) {
        return change(placed, launch, stepId, TaskStep.class, (progress, step) -> progress.caption(step, caption, Instant.now()));
    }

    /** Whether the launch has begun this module (its player made its progress): answers by voice or photo need that. */
    @Transactional
    public boolean begun(PlacedModule placed, LaunchContext launch) {
        return !em.createQuery("select p.id from ModuleProgress p where p.placementId = :placement "
                        + "and p.platformId = :platform and p.studentSubject = :subject", UUID.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", launch.platform().value())
                .setParameter("subject", launch.actor().subject()).getResultList().isEmpty();
    }

    /**
     * A voice answer or a shown work the media store has just stored (its {@code MediaStored}, in the storing
     * transaction): it becomes the step's answer, replacing (and deleting) an earlier one, and the progress is reported
     * as for any other answer. Whatever cannot be an answer throws, so the store keeps nothing either.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeMedia(MediaItem item, MediaAnswerReference ref, boolean voice) {
        Placement placement = placements.find(ref.placementId())
                .filter(p -> TeachingModules.TYPE.equals(p.getActivity().type()))
                .orElseThrow(() -> new IllegalStateException("A module answer for a placement that is no teaching module"));
        if (!CourseRef.of(placement).equals(item.course())) {
            throw new IllegalStateException("A module answer stored for another course than the placement's");
        }
        PlacedModule placed = new PlacedModule(placement.getId(), placement.getActivity().key(), placement.getTitle(),
                placement.getScoreMaximum());
        TeachingModule module = modules.module(placed.moduleKey(), Locale.forLanguageTag(ContentPack.DEFAULT_LANGUAGE))
                .orElseThrow(() -> new IllegalStateException("No teaching module " + placed.moduleKey()));
        Step step = module.step(ref.stepId()).orElseThrow(() -> new IllegalStateException("No step " + ref.stepId()));
        List<UUID> found = em.createQuery("select p.id from ModuleProgress p where p.placementId = :placement "
                        + "and p.platformId = :platform and p.studentSubject = :subject", UUID.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", item.owner().platform().value())
                .setParameter("subject", item.owner().subject()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("A module answer from someone who has not begun the module");
        }
        ModuleProgress progress = em.find(ModuleProgress.class, found.get(0));
        ProgressSummary before = ScoreRule.summarize(module, progress, placed.scoreMaximum());
        Instant now = Instant.now();
        Optional<UUID> replaced;
        if (voice && step instanceof ReflectionStep reflection && item.kind() == MediaKind.AUDIO) {
            replaced = progress.speak(reflection, item.id(), now);
        } else if (!voice && step instanceof TaskStep task && task.isShowWork() && item.kind() != MediaKind.AUDIO) {
            replaced = progress.showWork(task, item.id(), item.kind() == MediaKind.IMAGE ? WorkMedia.PHOTO : WorkMedia.VIDEO, now);
        } else {
            throw new IllegalStateException("Step " + ref.stepId() + " takes no such answer");
        }
        replaced.ifPresent(media::delete);
        progress.moveTo(step);
        report(placed, progress, module, before);
    }

    /** Every student's progress in a placed module, by name, for its teacher; a mentor gets only their mentees'. */
    @Transactional
    public List<StudentProgress> ofEveryone(PlacedModule placed, LaunchContext teacher) {
        CourseRef course = CourseRef.of(teacher).orElse(null);
        if (course == null || !access.mayFollow(teacher, course)) {
            return List.of();
        }
        Predicate<String> readable = access.readableStudents(teacher, course);
        TeachingModule module = content(placed, teacher);
        return em.createQuery("select p from ModuleProgress p where p.placementId = :placement and p.platformId = :platform "
                        + "and p.preview = false order by lower(coalesce(p.studentName, p.studentSubject))", ModuleProgress.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", teacher.platform().value())
                .getResultStream().filter(p -> readable.test(p.getStudentSubject()))
                .map(p -> snapshot(placed, p, module)).toList();
    }

    /** A handed-in file, with who may see it: the student who handed it in and the teachers of its course. */
    @Transactional
    public Optional<HandedIn> handedIn(UUID fileId) {
        return Optional.ofNullable(fileId == null ? null : em.find(UploadedFile.class, fileId)).flatMap(file ->
                Optional.ofNullable(em.find(ModuleProgress.class, file.getProgressId()))
                        .map(progress -> new HandedIn(file, progress.getPlacementId(), progress.getPlatform(), progress.getStudentSubject())));
    }

    /** A file and its owner, for the download check. */
    public record HandedIn(UploadedFile file, UUID placementId, dk.laerepladsklar.lti.api.PlatformId platform, String studentSubject) {
    }

    private <S extends Step> StudentProgress change(PlacedModule placed, LaunchContext launch, String stepId, Class<S> kind,
                                                    BiConsumer<ModuleProgress, S> change) {
        TeachingModule module = content(placed, launch);
        Step step = module.step(stepId).orElseThrow(() -> new IllegalArgumentException("No step " + stepId + " in " + module.id()));
        if (!kind.isInstance(step)) {
            throw new IllegalArgumentException("Step " + stepId + " is not a " + kind.getSimpleName());
        }
        ModuleProgress progress = findOrStart(placed, launch);
        ProgressSummary before = ScoreRule.summarize(module, progress, placed.scoreMaximum());
        change.accept(progress, kind.cast(step));
        progress.moveTo(step);
        report(placed, progress, module, before);
        return snapshot(placed, progress, module);
    }

    /** Keeps the new state and score, and tells the observers when they changed (never for a preview). */
    private void report(PlacedModule placed, ModuleProgress progress, TeachingModule module, ProgressSummary before) {
        ProgressSummary after = ScoreRule.summarize(module, progress, placed.scoreMaximum());
        Instant now = Instant.now();
        progress.reported(after.state(), after.fractionDone(), after.score(), now);
        if (!after.equals(before) && !progress.isPreview()) {
            recorded.fire(new ProgressRecorded(placed.placementId(), progress.getStudentSubject(), after.state(),
                    after.fractionDone(), after.score(), placed.scoreMaximum(), now));
        }
    }

    private ModuleProgress findOrStart(PlacedModule placed, LaunchContext launch) {
        String subject = launch.actor().subject();
        if (!access.mayChange(launch, new StudentRef(launch.platform(), subject), CourseRef.of(launch).orElse(null))) {
            // mentors, observers and guests never reach the player; should one get here, nothing is recorded
            throw new IllegalStateException("Only students (and staff, as a preview) work through a module");
        }
        String name = launch.actor().name().orElse(null);
        ModuleProgress progress = em.createQuery("select p from ModuleProgress p where p.placementId = :placement "
                        + "and p.platformId = :platform and p.studentSubject = :subject", ModuleProgress.class)
                .setParameter("placement", placed.placementId()).setParameter("platform", launch.platform().value())
                .setParameter("subject", subject).getResultStream().findFirst().orElse(null);
        if (progress == null) {
            progress = new ModuleProgress(placed.placementId(), launch.platform(), subject, name, !launch.actor().isStudent(),
                    Instant.now());
            em.persist(progress);
        } else {
            progress.knownAs(name);
        }
        return progress;
    }

    private TeachingModule content(PlacedModule placed, LaunchContext launch) {
        return modules.module(placed.moduleKey(), launch.locale())
                .orElseThrow(() -> new IllegalStateException("No teaching module " + placed.moduleKey()));
    }

    private StudentProgress snapshot(PlacedModule placed, ModuleProgress progress, TeachingModule module) {
        Map<String, StudentProgress.Answer> answers = new HashMap<>();
        Map<String, String> reflections = new HashMap<>();
        Map<String, UUID> voices = new HashMap<>();
        Map<String, StudentProgress.Work> works = new HashMap<>();
        for (Step step : module.steps()) {
            progress.voice(step.id()).ifPresent(id -> voices.put(step.id(), id));
            progress.work(step.id()).ifPresent(w -> works.put(step.id(),
                    new StudentProgress.Work(w.getWorkMediaId(), w.getWorkKind() == WorkMedia.VIDEO ? "VIDEO" : "PHOTO",
                            w.getWorkCaption())));
            if (step instanceof QuizStep quiz) {
                quiz.questions().forEach(q -> progress.answer(quiz.id(), q.id()).ifPresent(a -> answers.put(quiz.id() + "/" + q.id(),
                        new StudentProgress.Answer(a.getLastOptionId(), a.isLastCorrect(), a.isFirstCorrect(), a.getAttempts()))));
            } else if (step instanceof ReflectionStep) {
                progress.reflection(step.id()).ifPresent(text -> reflections.put(step.id(), text));
            }
        }
        Map<String, StudentProgress.Upload> uploads = new HashMap<>();
        em.createQuery("select f.id, f.stepId, f.fileName, f.sizeBytes, f.uploadedAt from UploadedFile f "
                        + "where f.progressId = :progress", Object[].class)
                .setParameter("progress", progress.getId()).getResultStream()
                .map(row -> new StudentProgress.Upload((UUID) row[0], (String) row[1], (String) row[2], (Long) row[3], (Instant) row[4]))
                .forEach(u -> uploads.put(u.stepId(), u));
        return new StudentProgress(progress.getId(), progress.getStudentSubject(), progress.getStudentName(), progress.getCurrentStep(),
                progress.doneStepIds(), answers, reflections, uploads, voices, works, ScoreRule.summarize(module, progress, placed.scoreMaximum()),
                progress.getUpdatedAt());
    }
}
