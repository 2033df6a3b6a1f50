package dk.laerepladsklar.curriculum.entity;

/**
 * What a "show your work" task takes, as the content pack names it: a photo (JPEG, PNG or WebP, read from its bytes)
 * or a short film (WebM, MP4 or QuickTime, as phones record them).
 */
public enum WorkMedia {
    PHOTO("photo"),
    VIDEO("video");

    private final String packName;

    WorkMedia(String packName) {
        this.packName = packName;
    }

    public String packName() {
        return packName;
    }

    public static java.util.Optional<WorkMedia> ofPackName(String name) {
        return java.util.Arrays.stream(values()).filter(m -> m.packName.equals(name)).findFirst();
    }
}
