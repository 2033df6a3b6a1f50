package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.entity.ModuleProgress;
import dk.laerepladsklar.curriculum.entity.QuizAnswer;
import dk.laerepladsklar.curriculum.entity.StepProgress;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.media.MediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A student's work in the teaching modules: their progress in each placed module (also a teacher's preview, which is
 * that person's data too), the steps they did, their quiz answers, their reflections, and the files they handed in.
 * Handed-in files live in the database ({@code module_upload}), so deleting the rows deletes the files. Voice answers
 * and shown work (photos, films) live in the media store: each step lists their media ids here, and the bytes come in
 * the media store's own section of the export ({@code files/media/module-voice/<id>…}, {@code module-work/…}); erasing
 * deletes them from the store too (the store's own erasure would as well: whichever runs first, both end with nothing).
 */
@ApplicationScoped
public class CurriculumPersonalData implements PersonalData {

    static final String MODULE = "curriculum";

    @PersistenceContext
    EntityManager em;
    @Inject
    MediaStore media;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        List<UUID> progress = progressIds(student);
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("module_progress", (long) progress.size());
        held.put("step_progress", count("select count(s) from StepProgress s where s.progress.id in :ids", progress));
        held.put("quiz_answers", count("select count(a) from QuizAnswer a where a.progress.id in :ids", progress));
        held.put("uploads", count("select count(f) from UploadedFile f where f.progressId in :ids", progress));
        held.put("voice_answers", count("select count(s) from StepProgress s where s.progress.id in :ids "
                + "and s.voiceMediaId is not null", progress));
        held.put("shown_work", count("select count(s) from StepProgress s where s.progress.id in :ids "
                + "and s.workMediaId is not null", progress));
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<ModuleProgress> progresses = em.createQuery("select p from ModuleProgress p where p.platformId = :platform "
                        + "and p.studentSubject = :subject order by p.startedAt", ModuleProgress.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
        List<Map<String, Object>> modules = new ArrayList<>();
        List<StudentFile> files = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        for (ModuleProgress progress : progresses) {
            modules.add(describe(progress, files, fileNames));
        }
        return new Section(Map.of("teaching_modules", modules), files);
    }

    private Map<String, Object> describe(ModuleProgress progress, List<StudentFile> files, Set<String> fileNames) {
        Placement placement = em.find(Placement.class, progress.getPlacementId());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("placement_id", progress.getPlacementId());
        json.put("course_id", placement == null ? null : placement.getContextId());
        json.put("module", placement == null ? null : placement.getActivity().key());
        json.put("title", placement == null ? null : placement.getTitle());
        json.put("name_shared_by_lms", progress.getStudentName());
        json.put("preview", progress.isPreview());
        json.put("state", progress.getState());
        json.put("fraction_done", progress.getFractionDone());
        json.put("score", progress.getScore());
        json.put("current_step", progress.getCurrentStep());
        json.put("started_at", progress.getStartedAt());
        json.put("updated_at", progress.getUpdatedAt());
        json.put("completed_at", progress.getCompletedAt());

        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepProgress step : em.createQuery("select s from StepProgress s where s.progress.id = :id order by s.updatedAt",
                StepProgress.class).setParameter("id", progress.getId()).getResultList()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step_id", step.getStepId());
            s.put("done", step.isDone());
            s.put("done_at", step.getDoneAt());
            s.put("reflection_text", step.getReflectionText());
            s.put("voice_answer_media_id", step.getVoiceMediaId());
            s.put("shown_work_media_id", step.getWorkMediaId());
            s.put("shown_work_kind", step.getWorkKind());
            s.put("shown_work_caption", step.getWorkCaption());
            s.put("updated_at", step.getUpdatedAt());
            steps.add(s);
        }
        json.put("steps", steps);

        List<Map<String, Object>> answers = new ArrayList<>();
        for (Object[] row : em.createQuery("select a, a.firstAnsweredAt from QuizAnswer a where a.progress.id = :id "
                + "order by a.firstAnsweredAt", Object[].class).setParameter("id", progress.getId()).getResultList()) {
            QuizAnswer answer = (QuizAnswer) row[0];
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("step_id", answer.getStepId());
            a.put("question_id", answer.getQuestionId());
            a.put("first_option_id", answer.getFirstOptionId());
            a.put("first_correct", answer.isFirstCorrect());
            a.put("last_option_id", answer.getLastOptionId());
            a.put("last_correct", answer.isLastCorrect());
            a.put("attempts", answer.getAttempts());
            a.put("first_answered_at", row[1]);
            a.put("last_answered_at", answer.getLastAnsweredAt());
            answers.add(a);
        }
        json.put("quiz_answers", answers);

        List<Map<String, Object>> uploads = new ArrayList<>();
        for (UploadedFile file : em.createQuery("select f from UploadedFile f where f.progressId = :id order by f.uploadedAt",
                UploadedFile.class).setParameter("id", progress.getId()).getResultList()) {
            String module = placement == null ? "module" : placement.getActivity().key();
            String name = module + "/" + file.getStepId() + "/" + file.getFileName();
            if (!fileNames.add(name)) { // the same module placed in two courses
                name = module + "-" + progress.getPlacementId() + "/" + file.getStepId() + "/" + file.getFileName();
                fileNames.add(name);
            }
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("step_id", file.getStepId());
            u.put("file_name", file.getFileName());
            u.put("content_type", file.getContentType());
            u.put("size_bytes", file.getSizeBytes());
            u.put("uploaded_at", file.getUploadedAt());
            u.put("file", name);
            uploads.add(u);
            files.add(new StudentFile(name, file.getContentType(), file.getContent()));
        }
        json.put("uploads", uploads);
        return json;
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        List<UUID> progress = progressIds(student);
        Map<String, Long> erased = new LinkedHashMap<>();
        List<UUID> inStore = progress.isEmpty() ? List.of() : em.createQuery("select s.voiceMediaId from StepProgress s "
                + "where s.progress.id in :ids and s.voiceMediaId is not null", UUID.class).setParameter("ids", progress)
                .getResultList();
        List<UUID> work = progress.isEmpty() ? List.of() : em.createQuery("select s.workMediaId from StepProgress s "
                + "where s.progress.id in :ids and s.workMediaId is not null", UUID.class).setParameter("ids", progress)
                .getResultList();
        erased.put("voice_answers", (long) inStore.size());
        erased.put("shown_work", (long) work.size());
        inStore.forEach(media::delete);
        work.forEach(media::delete);
        erased.put("uploads", delete("delete from UploadedFile f where f.progressId in :ids", progress));
        erased.put("quiz_answers", delete("delete from QuizAnswer a where a.progress.id in :ids", progress));
        erased.put("step_progress", delete("delete from StepProgress s where s.progress.id in :ids", progress));
        erased.put("module_progress", delete("delete from ModuleProgress p where p.id in :ids", progress));
        return erased;
    }

    private List<UUID> progressIds(StudentRef student) {
        return em.createQuery("select p.id from ModuleProgress p where p.platformId = :platform and p.studentSubject = :subject",
                        UUID.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }

    private long count(String query, List<UUID> progress) {
        return progress.isEmpty() ? 0 : em.createQuery(query, Long.class).setParameter("ids", progress).getSingleResult();
    }

    private long delete(String statement, List<UUID> progress) {
        return progress.isEmpty() ? 0 : em.createQuery(statement).setParameter("ids", progress).executeUpdate();
    }
}
