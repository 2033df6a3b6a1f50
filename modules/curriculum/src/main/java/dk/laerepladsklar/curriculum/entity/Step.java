package dk.laerepladsklar.curriculum.entity;

/** One page of a teaching module: something to read, a quiz, a reflection to write, or a task to do. */
public sealed interface Step permits ReadingStep, QuizStep, ReflectionStep, TaskStep {

    /** Unique within its module and the same in every language. */
    String id();

    String title();

    StepKind kind();

    /** Checks the parts every step has; used by the records' constructors. */
    static void requireIdAndTitle(String id, String title) {
        Texts.requireId(id, "step");
        Texts.requireText(title, "title of step " + id);
    }
}
