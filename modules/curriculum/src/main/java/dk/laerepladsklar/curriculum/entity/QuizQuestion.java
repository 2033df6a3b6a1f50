package dk.laerepladsklar.curriculum.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A multiple-choice question with exactly one correct option. */
public record QuizQuestion(String id, String text, List<QuizOption> options) {

    public QuizQuestion {
        Texts.requireId(id, "question");
        Texts.requireText(text, "text of question " + id);
        options = Texts.requireSome(options, "options of question " + id);
        if (options.size() < 2) {
            throw new IllegalArgumentException("Question " + id + " needs at least two options");
        }
        if (options.stream().filter(QuizOption::correct).count() != 1) {
            throw new IllegalArgumentException("Question " + id + " must have exactly one correct option");
        }
        if (new HashSet<>(options.stream().map(QuizOption::id).toList()).size() != options.size()) {
            throw new IllegalArgumentException("Question " + id + " has two options with the same id");
        }
    }

    public Optional<QuizOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public QuizOption correctOption() {
        return options.stream().filter(QuizOption::correct).findFirst().orElseThrow();
    }
}
