package dk.laerepladsklar.classroom.control;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a teacher can meet on the class page (why the class list or a score did not reach the LMS), each with
 * a sentence in the bundle that says what happened and what to do. The page shows the sentence, and the code in
 * small print for the school's IT support. A code is shown as the platform side wrote it ({@code HTTP 422
 * NOT_A_STUDENT}, {@code TOKEN_REFUSED: invalid_client}, {@code HTTP_403}); its symbol picks the sentence, and a
 * code nobody knows yet gets a sentence that still says what to do.
 */
public final class TeacherCodes {

    public static final String BUNDLE = "dk.laerepladsklar.classroom.messages";
    /** The sentence for a code this list does not know. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The symbol of a class-list request the LMS answered with an HTTP error ({@code HTTP_403}). */
    public static final String HTTP_STATUS = "HTTP_STATUS";

    /**
     * Every symbol the tool writes for a teacher to see: the class list's problems (NRPS), the gradebook's
     * (AGS scores, the access token), and the outbox's own. A test keeps this list and the bundles in step.
     */
    public static final List<String> KNOWN = List.of(
            // the class list
            "NO_ROSTER_SERVICE", "NO_COURSE", HTTP_STATUS, "TOO_MANY_PAGES", "MALFORMED_NEXT_LINK", "NEXT_LINK_TO_OTHER_ORIGIN",
            "MALFORMED_RESPONSE", "BAD_MEMBERSHIPS_URL", "INTERRUPTED",
            // reaching the platform and its access tokens
            "PLATFORM_UNREACHABLE", "UNREACHABLE", "TIMEOUT", "TOKEN_REFUSED", "TOKEN_UNAVAILABLE", "TOKEN_NOT_REGISTERED",
            "TOKEN_REJECTED", "PLATFORM_NOT_REGISTERED", "RATE_LIMITED", "PLATFORM_ERROR",
            // scores
            "NOT_A_STUDENT", "NO_GRADEBOOK_COLUMN", "NO_SCORE_SCOPE", "COLUMN_NOT_CREATED", "LINE_ITEM_GONE", "BAD_LINE_ITEM_URL", "PLACEMENT_GONE",
            "PART_WITHOUT_COLUMN",
            "COURSE_UNPUBLISHED", "COURSE_CONCLUDED", "MAX_ATTEMPTS_REACHED", "INVALID_SCORE", "TIMESTAMP_NOT_LATER",
            "FORBIDDEN", "REFUSED",
            // an outcome written without a reason of its own
            "RETRY", "STALE_TIMESTAMP", "PERMANENT_FAILURE",
            UNKNOWN);

    private static final Pattern HTTP_PREFIX = Pattern.compile("^HTTP \\d{3}\\s+");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z][A-Z0-9_]*");

    private TeacherCodes() {
    }

    /** The symbol a shown code stands for; {@value #UNKNOWN} for blank or unknown codes. */
    public static String symbol(String code) {
        if (code == null || code.isBlank()) {
            return UNKNOWN;
        }
        String rest = HTTP_PREFIX.matcher(code.strip()).replaceFirst("");
        Matcher symbol = SYMBOL.matcher(rest);
        if (!symbol.find()) {
            return UNKNOWN;
        }
        String found = symbol.group();
        if (found.matches("HTTP_?\\d*")) {
            return HTTP_STATUS;
        }
        return KNOWN.contains(found) ? found : UNKNOWN;
    }

    /** The bundle key of a code's sentence. */
    public static String key(String code) {
        return "code." + symbol(code);
    }

    /** What happened and what to do, in this language. */
    public static String explanation(String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return bundle.getString(key(code));
        } catch (MissingResourceException e) {
            return bundle.getString("code." + UNKNOWN);
        }
    }
}
