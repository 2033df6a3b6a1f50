package dk.laerepladsklar.curriculum.entity;

/** What a block of a reading step is. */
public enum BlockKind {
    PARAGRAPH("paragraph"),
    HEADING("heading"),
    LIST("list"),
    /** A short case from a trade, e.g. a carpenter's apprentice. */
    EXAMPLE("example"),
    TIP("tip"),
    IMAGE("image");

    private final String packName;

    BlockKind(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }
}
