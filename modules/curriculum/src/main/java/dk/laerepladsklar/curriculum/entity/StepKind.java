package dk.laerepladsklar.curriculum.entity;

/** The four kinds of step a teaching module is made of, as the content pack names them. */
public enum StepKind {
    READING("reading"),
    QUIZ("quiz"),
    REFLECTION("reflection"),
    TASK("task");

    private final String packName;

    StepKind(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }
}
