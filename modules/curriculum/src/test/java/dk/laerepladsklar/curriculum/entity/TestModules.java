package dk.laerepladsklar.curriculum.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small teaching modules for tests, written the way the content pack reads. */
public final class TestModules {

    private TestModules() {
    }

    public static TeachingModule module(Step... steps) {
        return new TeachingModule("test-module", Locale.forLanguageTag("da"), "Testmodul", "Et lille modul", 10, 100, List.of(steps));
    }

    public static ReadingStep reading(String id) {
        return new ReadingStep(id, "Læs " + id, List.of(Block.of(BlockKind.PARAGRAPH, "Tekst"), Block.example("Tømrer", "Et eksempel")));
    }

    /** A quiz whose questions are written {@code "q1:a*,b"}: the question id, then its options, the correct one starred. */
    public static QuizStep quiz(String id, String... questions) {
        return new QuizStep(id, "Quiz " + id, Arrays.stream(questions).map(TestModules::question).toList());
    }

    private static QuizQuestion question(String spec) {
        String[] parts = spec.split(":");
        List<QuizOption> options = Arrays.stream(parts[1].split(",")).map(o -> o.endsWith("*")
                ? new QuizOption(o.substring(0, o.length() - 1), "Svar " + o, true, "Rigtigt")
                : new QuizOption(o, "Svar " + o, false, "Nej")).toList();
        return new QuizQuestion(parts[0], "Spørgsmål " + parts[0], options);
    }

    public static ReflectionStep reflection(String id) {
        return new ReflectionStep(id, "Tænk over " + id, "Hvad tænker du?", "Et hint");
    }

    public static TaskStep checkbox(String id) {
        return new TaskStep(id, "Opgave " + id, "Gør det", TaskKind.CHECKBOX, List.of(), "Jeg har gjort det");
    }

    /** A "show your work" task taking these media (a film of at most two minutes). */
    public static TaskStep showWork(String id, WorkMedia... media) {
        List<WorkMedia> takes = List.of(media);
        return new TaskStep(id, "Vis " + id, "Tag et billede", TaskKind.SHOW_WORK, List.of(), takes,
                takes.contains(WorkMedia.VIDEO) ? 120 : 0, "Send");
    }

    public static TaskStep upload(String id, FileType... accept) {
        return new TaskStep(id, "Upload " + id, "Send filen", TaskKind.UPLOAD, List.of(accept), "Send");
    }
}
