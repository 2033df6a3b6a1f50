package dk.laerepladsklar.curriculum.entity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One teaching module in one language, as the content pack describes it: a few reading steps with cases from
 * the trades, a quiz, a reflection and one or two tasks.
 *
 * @param maxScore the score the module offers teachers for the gradebook column
 */
public record TeachingModule(String id, Locale language, String title, String summary, int estimatedMinutes,
                             int maxScore, List<Step> steps) {

    public TeachingModule {
        Texts.requireId(id, "module");
        if (language == null) {
            throw new IllegalArgumentException("Module " + id + " has no language");
        }
        Texts.requireText(title, "title of module " + id);
        Texts.requireText(summary, "summary of module " + id);
        if (estimatedMinutes <= 0 || maxScore <= 0) {
            throw new IllegalArgumentException("Module " + id + " needs a positive estimatedMinutes and maxScore");
        }
        steps = Texts.requireSome(steps, "steps of module " + id);
        if (new HashSet<>(steps.stream().map(Step::id).toList()).size() != steps.size()) {
            throw new IllegalArgumentException("Module " + id + " has two steps with the same id");
        }
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The step's position, 0-based, or -1. */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public List<QuizQuestion> quizQuestions() {
        return steps.stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .flatMap(q -> q.questions().stream()).toList();
    }

    /** The trades the module's cases come from, in order of appearance (tags for teachers). */
    public List<String> trades() {
        Set<String> trades = new LinkedHashSet<>();
        steps.stream().filter(ReadingStep.class::isInstance).map(ReadingStep.class::cast)
                .flatMap(r -> r.blocks().stream()).filter(b -> b.kind() == BlockKind.EXAMPLE)
                .forEach(b -> trades.add(b.trade()));
        return List.copyOf(trades);
    }

    /** The image files the module shows. */
    public Set<String> images() {
        Set<String> images = new LinkedHashSet<>();
        steps.stream().filter(ReadingStep.class::isInstance).map(ReadingStep.class::cast)
                .flatMap(r -> r.blocks().stream()).filter(b -> b.kind() == BlockKind.IMAGE)
                .forEach(b -> images.add(b.image()));
        return images;
    }
}
