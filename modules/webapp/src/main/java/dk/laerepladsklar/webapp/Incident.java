package dk.laerepladsklar.webapp;

import jakarta.faces.application.ViewExpiredException;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Something went wrong while answering a request. The person sees a friendly page with the incident's short id;
 * the log has the same id with the whole exception, so IT can find the one from the other. The page never shows
 * the exception itself. A view that expired (a page left open too long, or a made-up view state) is not a fault of
 * the tool: it is logged at WARN without a trace, with an id all the same.
 *
 * @param id      e.g. {@code 7KQ2-M9XD}: short enough to read out over the phone
 * @param expired whether the page had expired rather than failed
 */
public record Incident(String id, boolean expired) {

    private static final Logger LOG = Logger.getLogger(Incident.class);
    /** Crockford's base 32: no I, L, O, U to misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new incident for this failure, logged. {@code where} is the request's method and path, never its query. */
    public static Incident of(Throwable failure, String where) {
        Incident incident = new Incident(newId(), isExpiry(failure));
        if (incident.expired()) {
            LOG.warnf("PAGE_EXPIRED incident %s: %s (%s)", incident.id(), where, failure.getClass().getSimpleName());
        } else {
            LOG.errorf(failure, "INCIDENT %s: %s failed", incident.id(), where);
        }
        return incident;
    }

    /** A failure without an exception (an error status the server sent), logged. */
    public static Incident ofStatus(int status, String where) {
        Incident incident = new Incident(newId(), false);
        LOG.errorf("INCIDENT %s: %s answered %d", incident.id(), where, status);
        return incident;
    }

    /** Someone opened the incident page by hand (or with a made-up id): an id of its own, so the page reads the same. */
    public static Incident visited() {
        Incident incident = new Incident(newId(), false);
        LOG.infof("INCIDENT %s: the incident page was opened without an incident", incident.id());
        return incident;
    }

    /** An incident named in a URL (after an ajax request was redirected to the page), if the id is well-formed. */
    public static Incident named(String id, boolean expired) {
        return id != null && ID.matcher(id).matches() ? new Incident(id, expired) : null;
    }

    static boolean isExpiry(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static String newId() {
        StringBuilder id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
