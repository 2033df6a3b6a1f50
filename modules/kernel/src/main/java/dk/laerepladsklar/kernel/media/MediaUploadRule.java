package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import java.util.Optional;

/**
 * A feature's say on whether an upload may start, asked before the first byte is stored: a role-play recording, for
 * instance, only for an attempt of the uploader's own to which they have given their consent. Each feature that needs
 * one contributes an {@code @ApplicationScoped} bean; the media module asks every one of them.
 */
public interface MediaUploadRule {

    /**
     * Empty when this rule has nothing against the upload (also when the purpose or reference is not the rule's);
     * otherwise a symbolic reason, {@code MEDIA_…}, which the upload is refused with (403).
     */
    Optional<String> refusal(String purpose, String reference, LaunchContext uploader);
}
