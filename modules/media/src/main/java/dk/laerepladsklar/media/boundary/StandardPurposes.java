package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import dk.laerepladsklar.kernel.media.MediaPurposes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The purposes the issue names, declared once here so every feature uses the same limits: a role-play recording (film
 * or sound), a voice answer instead of writing, and "show your work" (a photo or a short film).
 */
@ApplicationScoped
public class StandardPurposes implements MediaPurposes {

    public static final long MB = 1024L * 1024L;
    public static final MediaPurpose RECORDING = MediaPurpose.of("recording", 300 * MB, MediaKind.VIDEO, MediaKind.AUDIO);
    public static final MediaPurpose VOICE_ANSWER = MediaPurpose.of("voice-answer", 50 * MB, MediaKind.AUDIO);
    public static final MediaPurpose SHOW_WORK = MediaPurpose.of("show-work", 300 * MB, MediaKind.IMAGE, MediaKind.VIDEO);

    @Override
    public List<MediaPurpose> purposes() {
        return List.of(RECORDING, VOICE_ANSWER, SHOW_WORK);
    }
}
