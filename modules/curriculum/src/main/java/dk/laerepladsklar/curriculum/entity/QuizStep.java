package dk.laerepladsklar.curriculum.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Questions answered one by one with feedback; done when every question has an answer. */
public record QuizStep(String id, String title, List<QuizQuestion> questions) implements Step {

    public QuizStep {
        Step.requireIdAndTitle(id, title);
        questions = Texts.requireSome(questions, "questions of step " + id);
        if (new HashSet<>(questions.stream().map(QuizQuestion::id).toList()).size() != questions.size()) {
            throw new IllegalArgumentException("Quiz " + id + " has two questions with the same id");
        }
    }

    public Optional<QuizQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    @Override
    public StepKind kind() {
        return StepKind.QUIZ;
    }
}
