package dk.laerepladsklar.curriculum.entity;

/** A question to answer in the student's own words; the teacher reads the answer. */
public record ReflectionStep(String id, String title, String prompt, String hint) implements Step {

    /** The longest answer kept, in characters. */
    public static final int MAX_LENGTH = 4000;

    public ReflectionStep {
        Step.requireIdAndTitle(id, title);
        Texts.requireText(prompt, "prompt of step " + id);
    }

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }

    @Override
    public StepKind kind() {
        return StepKind.REFLECTION;
    }
}
