package dk.laerepladsklar.curriculum.entity;

/** An answer to pick, with the feedback the student sees after picking it. */
public record QuizOption(String id, String text, boolean correct, String feedback) {

    public QuizOption {
        Texts.requireId(id, "option");
        Texts.requireText(text, "text of option " + id);
        Texts.requireText(feedback, "feedback of option " + id);
    }
}
