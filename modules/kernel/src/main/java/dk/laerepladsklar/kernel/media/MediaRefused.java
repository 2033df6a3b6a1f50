package dk.laerepladsklar.kernel.media;

/**
 * A file the store will not keep, with the reason as a symbolic code (for logs and clients) whose words are in the
 * media module's bundle under {@code media.refused.<CODE>} in Danish and English.
 */
public class MediaRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused. */
    public enum Reason {
        /** Larger than its purpose allows. */
        MEDIA_TOO_LARGE,
        /** Not a sound, film or photo the purpose accepts (HTML, SVG, scripts, documents, anything else). */
        MEDIA_TYPE_REFUSED,
        /** No bytes at all. */
        MEDIA_EMPTY,
        /** The upload named no purpose, or one nobody declared. */
        MEDIA_PURPOSE_UNKNOWN
    }

    private final Reason reason;

    public MediaRefused(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
