package dk.laerepladsklar.curriculum.entity;

/**
 * How a task is shown to be done: by ticking that it is done, by uploading a file (kept in the database), or by showing
 * the work itself — a photo or a short film, kept in the media store — so a student can answer without writing.
 */
public enum TaskKind {
    CHECKBOX("checkbox"),
    UPLOAD("upload"),
    SHOW_WORK("show-work");

    private final String packName;

    TaskKind(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }
}
