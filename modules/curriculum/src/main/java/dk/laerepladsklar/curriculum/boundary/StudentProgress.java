package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.control.ProgressSummary;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A read-only picture of one student's progress in one placed module, for the pages.
 *
 * @param answers     the latest answer per question, keyed {@code stepId/questionId}
 * @param reflections the saved reflection per step
 * @param uploads     the handed-in file per upload task
 * @param voices      the media id of the voice answer per reflection step
 * @param works       the shown work per "show your work" task
 */
public record StudentProgress(UUID progressId, String subject, String name, String currentStep, Set<String> done,
                              Map<String, Answer> answers, Map<String, String> reflections,
                              Map<String, Upload> uploads, Map<String, UUID> voices, Map<String, Work> works,
                              ProgressSummary summary, Instant updatedAt)
        implements Serializable {

    public StudentProgress {
        done = Set.copyOf(done);
        answers = Map.copyOf(answers);
        reflections = Map.copyOf(reflections);
        uploads = Map.copyOf(uploads);
        voices = Map.copyOf(voices);
        works = Map.copyOf(works);
    }

    public boolean isDone(String stepId) {
        return done.contains(stepId);
    }

    public Answer answer(String stepId, String questionId) {
        return answers.get(stepId + "/" + questionId);
    }

    public String reflection(String stepId) {
        return reflections.get(stepId);
    }

    public Upload upload(String stepId) {
        return uploads.get(stepId);
    }

    /** The media id of the step's voice answer, or null. */
    public UUID voice(String stepId) {
        return voices.get(stepId);
    }

    /** The step's shown work, or null. */
    public Work work(String stepId) {
        return works.get(stepId);
    }

    /** A photo or film in the media store, shown for a task, with the student's words about it (null when none). */
    public record Work(UUID mediaId, String kind, String caption) implements Serializable {

        public boolean isVideo() {
            return "VIDEO".equals(kind);
        }
    }

    /** A student's latest answer to a question, and whether the first one (which scores) was right. */
    public record Answer(String optionId, boolean correct, boolean firstCorrect, int attempts) implements Serializable {
    }

    /** A handed-in file, without its content. */
    public record Upload(UUID id, String stepId, String fileName, long sizeBytes, Instant uploadedAt) implements Serializable {

        /** e.g. {@code 1.2 MB} or {@code 830 kB}. */
        public String size() {
            return sizeBytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB";
        }
    }
}
