package dk.laerepladsklar.curriculum.entity;

/** How a task is shown to be done: by ticking that it is done, or by uploading a file. */
public enum TaskKind {
    CHECKBOX("checkbox"),
    UPLOAD("upload");

    private final String packName;

    TaskKind(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }
}
