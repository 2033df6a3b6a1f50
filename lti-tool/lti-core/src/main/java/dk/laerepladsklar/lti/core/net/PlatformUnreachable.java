package dk.laerepladsklar.lti.core.net;

import java.io.IOException;

/**
 * A call to a platform that did not get an answer the tool may use. Whatever went wrong, callers show only
 * {@link #CODE}: a registration page that said "port closed" or "blocked address" would let anyone map
 * the tool's network. The symbolic {@link #reason()} and the detail are for the log.
 */
public class PlatformUnreachable extends IOException {

    /** The one code a page or an API answer shows for any failed or refused outbound call. */
    public static final String CODE = "PLATFORM_UNREACHABLE";

    /** Why, for the log. {@code refusal} reasons are the tool's own policy; the others are the network's. */
    public enum Reason {
        BAD_URL(true),
        NOT_HTTPS(true),
        BLOCKED_ADDRESS(true),
        REDIRECT_REFUSED(true),
        BODY_TOO_LARGE(true),
        SERVICE_URL_OFF_ORIGIN(true),
        UNKNOWN_HOST(false),
        CONNECT_FAILED(false),
        TLS_FAILED(false),
        TIMEOUT(false),
        MALFORMED_RESPONSE(false);

        private final boolean refusal;

        Reason(boolean refusal) {
            this.refusal = refusal;
        }

        /** The tool refused the call (asking again will not help until the URL or the settings change). */
        public boolean refusal() {
            return refusal;
        }
    }

    private final Reason reason;

    public PlatformUnreachable(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public PlatformUnreachable(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The tool's policy refused the call, rather than the network failing it. */
    public boolean refused() {
        return reason.refusal();
    }
}
