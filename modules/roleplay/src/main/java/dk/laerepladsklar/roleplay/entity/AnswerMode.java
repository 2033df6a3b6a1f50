package dk.laerepladsklar.roleplay.entity;

/** How a prompt was answered: a film (camera and microphone), a sound (microphone only) or typed words. */
public enum AnswerMode {
    VIDEO, AUDIO, TEXT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
