package dk.laerepladsklar.lti.core.services;

/** The platform gave no access token; {@link #kind()} says whether asking again later may help. */
public class TokenUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** No registration (or no token URL) for this platform: asking again will not help. */
        NOT_REGISTERED,
        /** The token endpoint said no (e.g. {@code invalid_client}, {@code invalid_scope}, a tool still pending). */
        REFUSED,
        /** The token endpoint could not be reached, timed out, or failed (5xx, 429). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String detail;

    public TokenUnavailable(Kind kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
        this.detail = detail;
    }

    /** What went wrong, e.g. {@code HTTP 400 invalid_scope}; never holds a token. */
    public String detail() {
        return detail;
    }

    public Kind kind() {
        return kind;
    }
}
