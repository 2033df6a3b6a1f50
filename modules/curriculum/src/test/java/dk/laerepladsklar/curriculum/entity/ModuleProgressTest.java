package dk.laerepladsklar.curriculum.entity;

import static dk.laerepladsklar.curriculum.entity.TestModules.checkbox;
import static dk.laerepladsklar.curriculum.entity.TestModules.module;
import static dk.laerepladsklar.curriculum.entity.TestModules.quiz;
import static dk.laerepladsklar.curriculum.entity.TestModules.reading;
import static dk.laerepladsklar.curriculum.entity.TestModules.reflection;
import static dk.laerepladsklar.curriculum.entity.TestModules.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModuleProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final QuizStep quiz = quiz("check", "q1:a*,b", "q2:a,b*");
    private final ReflectionStep reflection = reflection("think");
    private final TaskStep call = checkbox("call");
    private final TaskStep cv = upload("cv", FileType.PDF);
    private final TeachingModule module = module(reading("read"), quiz, reflection, call, cv);
    private final ModuleProgress progress = new ModuleProgress(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "student-ali", "Ali", NOW);

    @Test
    void aQuizIsDoneWhenEveryQuestionHasAnAnswer() {
        progress.answer(quiz, quiz.questions().get(0), quiz.questions().get(0).option("b").orElseThrow(), NOW);
        assertFalse(progress.isDone("check"));

        progress.answer(quiz, quiz.questions().get(1), quiz.questions().get(1).option("b").orElseThrow(), NOW);
        assertTrue(progress.isDone("check"));
    }

    @Test
    void theFirstAnswerIsKeptWhenTheStudentAnswersAgain() {
        QuizQuestion q1 = quiz.questions().get(0);
        progress.answer(quiz, q1, q1.option("b").orElseThrow(), NOW);
        QuizAnswer again = progress.answer(quiz, q1, q1.option("a").orElseThrow(), NOW.plusSeconds(5));

        assertFalse(again.isFirstCorrect());
        assertEquals("b", again.getFirstOptionId());
        assertEquals("a", again.getLastOptionId());
        assertTrue(again.isLastCorrect());
        assertEquals(2, again.getAttempts());
    }

    @Test
    void anOptionOfAnotherQuestionIsRefused() {
        QuizQuestion q1 = quiz.questions().get(0);
        QuizOption stranger = new QuizOption("z", "Fremmed", true, "?");
        assertThrows(IllegalArgumentException.class, () -> progress.answer(quiz, q1, stranger, NOW));
    }

    @Test
    void aReflectionIsTrimmedAndNeverBlankOrTooLong() {
        assertThrows(IllegalArgumentException.class, () -> progress.reflect(reflection, "   \n ", NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.reflect(reflection, "x".repeat(ReflectionStep.MAX_LENGTH + 1), NOW));
        assertFalse(progress.isDone("think"));

        progress.reflect(reflection, "  Jeg er nervøs for at ringe.  ", NOW);

        assertEquals(Optional.of("Jeg er nervøs for at ringe."), progress.reflection("think"));
        assertTrue(progress.isDone("think"));
    }

    @Test
    void tasksAreDoneTheirOwnWay() {
        assertThrows(IllegalArgumentException.class, () -> progress.confirm(cv, NOW));
        assertThrows(IllegalArgumentException.class, () -> progress.uploaded(call, NOW));

        progress.confirm(call, NOW);
        progress.uploaded(cv, NOW);

        assertTrue(progress.isDone("call"));
        assertTrue(progress.isDone("cv"));
    }

    @Test
    void theStudentResumesAtTheFirstStepNotDone() {
        assertEquals("read", progress.firstUnfinished(module).orElseThrow().id());

        progress.markRead((ReadingStep) module.steps().get(0), NOW);
        progress.confirm(call, NOW);

        assertEquals("check", progress.firstUnfinished(module).orElseThrow().id());
    }

    @Test
    void aNameWithheldLaterKeepsTheKnownName() {
        progress.knownAs(null);
        assertEquals("Ali", progress.getStudentName());
        progress.knownAs("Ali Hassan");
        assertEquals("Ali Hassan", progress.getStudentName());
    }

    @Test
    void uploadedFileNamesLoseFoldersAndControlCharacters() {
        assertEquals("cv.pdf", UploadedFile.safeName("C:\\Users\\ali\\cv.pdf"));
        assertEquals("cv.pdf", UploadedFile.safeName("../../cv\u0000.pdf"));
        assertEquals("upload", UploadedFile.safeName("  "));
        assertThrows(IllegalArgumentException.class,
                () -> new UploadedFile(UUID.randomUUID(), "cv", "cv.pdf", FileType.PDF, new byte[0], NOW));
    }

    @Test
    void aModuleKnowsItsTradesAndQuestions() {
        assertEquals(List.of("Tømrer"), module.trades());
        assertEquals(2, module.quizQuestions().size());
        assertEquals(2, module.indexOf("think"));
    }
}
