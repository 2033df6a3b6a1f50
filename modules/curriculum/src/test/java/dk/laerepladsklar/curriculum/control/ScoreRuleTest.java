package dk.laerepladsklar.curriculum.control;

import static dk.laerepladsklar.curriculum.entity.TestModules.checkbox;
import static dk.laerepladsklar.curriculum.entity.TestModules.module;
import static dk.laerepladsklar.curriculum.entity.TestModules.quiz;
import static dk.laerepladsklar.curriculum.entity.TestModules.reading;
import static dk.laerepladsklar.curriculum.entity.TestModules.reflection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.curriculum.entity.ModuleProgress;
import dk.laerepladsklar.curriculum.entity.QuizQuestion;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.ReadingStep;
import dk.laerepladsklar.curriculum.entity.ReflectionStep;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final ReadingStep read = reading("read");
    private final QuizStep quiz = quiz("check", "q1:a*,b", "q2:a,b*", "q3:a*,b", "q4:a,b*");
    private final ReflectionStep think = reflection("think");
    private final TaskStep call = checkbox("call");
    private final TeachingModule module = module(read, quiz, think, call);
    private final ModuleProgress progress = new ModuleProgress(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "student-ali", null, NOW);

    @Test
    void nothingDoneIsNotStartedWithNoPoints() {
        ProgressSummary summary = ScoreRule.summarize(module, progress, 100);

        assertEquals(ProgressState.NOT_STARTED, summary.state());
        assertEquals(0, summary.score());
        assertEquals(0, summary.fractionDone());
        // the module overview says what the class page says of a student who opened the module and did nothing
        assertEquals(StudentState.OPENED, StudentState.of(summary.state()));
    }

    @Test
    void allRightAtTheFirstTryAndEveryStepDoneGivesFullMarks() {
        progress.markRead(read, NOW);
        answer("q1", "a");
        answer("q2", "b");
        answer("q3", "a");
        answer("q4", "b");
        progress.reflect(think, "Mit svar", NOW);
        progress.confirm(call, NOW);

        ProgressSummary summary = ScoreRule.summarize(module, progress, 100);

        assertEquals(ProgressState.COMPLETED, summary.state());
        assertEquals(100, summary.score());
        assertEquals(4, summary.questionsRight());
        assertEquals(100, summary.percentDone());
    }

    @Test
    void theScoreGrowsWithTheStepsDone() {
        answer("q1", "a");
        answer("q2", "b");
        answer("q3", "a");
        answer("q4", "b");

        ProgressSummary halfway = ScoreRule.summarize(module, progress, 100);

        assertEquals(ProgressState.IN_PROGRESS, halfway.state());
        assertEquals(0.25, halfway.fractionDone());
        assertEquals(25, halfway.score(), "100 × 4/4 right × 1/4 steps");
    }

    @Test
    void onlyTheFirstAnswerToAQuestionCounts() {
        answer("q1", "b");
        answer("q1", "a"); // right the second time: learnt, but no point
        answer("q2", "b");
        answer("q3", "a");
        answer("q4", "b");
        progress.markRead(read, NOW);
        progress.reflect(think, "Mit svar", NOW);
        progress.confirm(call, NOW);

        ProgressSummary summary = ScoreRule.summarize(module, progress, 100);

        assertEquals(3, summary.questionsRight());
        assertEquals(75, summary.score());
        assertTrue(summary.completed());
    }

    @Test
    void anAnswerAloneStartsTheModule() {
        answer("q1", "b");

        assertEquals(ProgressState.IN_PROGRESS, ScoreRule.summarize(module, progress, 100).state());
    }

    @Test
    void theScoreIsInWholePointsOfThePlacementsMaximumAndNeverAbove() {
        answer("q1", "a");
        answer("q2", "a");
        answer("q3", "a");
        answer("q4", "a");
        progress.markRead(read, NOW);
        progress.reflect(think, "Mit svar", NOW);
        progress.confirm(call, NOW);

        assertEquals(5, ScoreRule.summarize(module, progress, 10).score(), "10 × 2/4 × 4/4");
        assertEquals(4, ScoreRule.summarize(module, progress, 7).score(), "7 × 2/4 = 3.5, rounded up");
        assertEquals(7, ScoreRule.summarize(module, progress, 7).scoreMaximum());
    }

    @Test
    void aModuleWithoutAQuizScoresByStepsDone() {
        TeachingModule noQuiz = module(read, think);
        progress.markRead(read, NOW);

        assertEquals(50, ScoreRule.summarize(noQuiz, progress, 100).score());
    }

    private void answer(String questionId, String optionId) {
        QuizQuestion question = quiz.question(questionId).orElseThrow();
        progress.answer(quiz, question, question.option(optionId).orElseThrow(), NOW);
    }
}
