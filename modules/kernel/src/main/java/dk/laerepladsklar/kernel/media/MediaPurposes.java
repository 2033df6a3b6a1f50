package dk.laerepladsklar.kernel.media;

import java.util.List;

/**
 * What a feature contributes to the media store: the purposes its uploads name. Each feature that stores media
 * contributes one {@code @ApplicationScoped} bean; the media module finds them with {@code Instance<MediaPurposes>}.
 */
public interface MediaPurposes {

    List<MediaPurpose> purposes();
}
