package dk.laerepladsklar.curriculum.control;

import dk.laerepladsklar.curriculum.entity.ModuleProgress;
import dk.laerepladsklar.curriculum.entity.QuizStep;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.kernel.activity.ProgressState;

/**
 * The score of a teaching module:
 * <pre>
 *   score = round(scoreMaximum × quizShare × doneShare)
 *   quizShare = quiz questions answered correctly at the FIRST answer / all quiz questions (1 if there are none)
 *   doneShare = steps done / all steps
 * </pre>
 * So the score grows as the student works through the module and is final when every step is done (state
 * {@code COMPLETED}). Answering a question again, to learn from the feedback, does not change the score. The
 * maximum is the placement's (what the gradebook column holds), rounded to whole points and never above it.
 * The state is {@code NOT_STARTED} until a step is done or a question answered, then {@code IN_PROGRESS}.
 */
public final class ScoreRule {

    private ScoreRule() {
    }

    public static ProgressSummary summarize(TeachingModule module, ModuleProgress progress, double scoreMaximum) {
        int steps = module.steps().size();
        int stepsDone = (int) module.steps().stream().filter(s -> progress.isDone(s.id())).count();
        int questions = 0;
        int right = 0;
        for (QuizStep quiz : module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast).toList()) {
            questions += quiz.questions().size();
            right += (int) quiz.questions().stream()
                    .filter(q -> progress.answer(quiz.id(), q.id()).map(a -> a.isFirstCorrect()).orElse(false)).count();
        }
        double quizShare = questions == 0 ? 1 : (double) right / questions;
        double doneShare = steps == 0 ? 0 : (double) stepsDone / steps;
        double score = Math.min(scoreMaximum, Math.round(scoreMaximum * quizShare * doneShare));
        ProgressState state;
        if (stepsDone == steps) {
            state = ProgressState.COMPLETED;
        } else if (stepsDone > 0 || progress.hasAnswers()) {
            state = ProgressState.IN_PROGRESS;
        } else {
            state = ProgressState.NOT_STARTED;
        }
        return new ProgressSummary(stepsDone, steps, right, questions, score, scoreMaximum, state);
    }
}
