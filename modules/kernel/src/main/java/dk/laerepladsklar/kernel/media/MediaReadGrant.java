package dk.laerepladsklar.kernel.media;

/**
 * A feature's say that someone without a launch may read one stored file: a grant the feature handed out itself,
 * such as the link a teacher sends to a master for feedback on one role-play attempt. The media store's playback
 * asks every contributed {@code @ApplicationScoped} bean when a request carries a grant instead of a launch; a grant
 * no feature recognises reads nothing. A grant is narrow by design: it answers for one item at a time, so it can never
 * widen into "everything of this student".
 */
public interface MediaReadGrant {

    /** The request parameter a grant travels in: {@code /api/media/items/<id>?grant=…}. */
    String PARAMETER = "grant";

    /**
     * Whether this grant lets its holder read this item now. False when the grant is not this feature's (or is
     * malformed, expired or revoked); the feature logs its own symbolic reason, never the grant itself.
     */
    boolean allowsRead(String grant, MediaItem item);
}
