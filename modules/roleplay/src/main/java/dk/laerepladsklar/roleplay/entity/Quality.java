package dk.laerepladsklar.roleplay.entity;

/**
 * How good a choice in the conversation is, for the feedback at the end. Three plain steps, never a score: the
 * practice is the safe first step, nothing in it is graded.
 */
public enum Quality {
    STRONG("strong"),
    OK("ok"),
    WEAK("weak");

    private final String packName;

    Quality(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }

    public static java.util.Optional<Quality> ofPackName(String name) {
        return java.util.Arrays.stream(values()).filter(q -> q.packName.equals(name)).findFirst();
    }
}
