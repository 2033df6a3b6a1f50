package dk.laerepladsklar.kernel.media;

/**
 * Fired (in the storing transaction) when a file uploaded over HTTP has been checked and stored, so the feature that
 * owns its purpose can tie it to its attempt or step.
 */
public record MediaStored(MediaItem item) {
}
