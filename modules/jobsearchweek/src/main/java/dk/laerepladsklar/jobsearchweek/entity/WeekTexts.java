package dk.laerepladsklar.jobsearchweek.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules every text and link of a week follows: trimmed, no control characters (a pasted tab or line break
 * becomes a space where one line is expected), capped in length, and links only to web pages.
 */
public final class WeekTexts {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LINE = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LINK = 1000;

    private WeekTexts() {
    }

    /** A one-line text that must be there. */
    public static String required(String value, int max, String what) {
        String line = line(value);
        if (line == null) {
            throw new WeekRefused(what + "_MISSING");
        }
        return capped(line, max, what);
    }

    /** A one-line text that may be left out (then null). */
    public static String optional(String value, int max, String what) {
        String line = line(value);
        return line == null ? null : capped(line, max, what);
    }

    /** Several lines that may be left out: line breaks kept, other control characters dropped. */
    public static String optionalText(String value, int max, String what) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        value.replace("\r\n", "\n").codePoints()
                .filter(c -> c == '\n' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String text = kept.toString().strip();
        return text.isEmpty() ? null : capped(text, max, what);
    }

    /**
     * A link to a web page, or null when left out. Only {@code https} (and {@code http} when allowed) with a host:
     * never {@code javascript:}, {@code data:} or a path that would open inside the tool.
     */
    public static String link(String value, boolean plainHttpAllowed, String what) {
        String line = line(value);
        if (line == null) {
            return null;
        }
        if (line.length() > MAX_LINK) {
            throw new WeekRefused(what + "_TOO_LONG");
        }
        try {
            URI uri = new URI(line);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || (plainHttpAllowed && scheme.equals("http"));
            if (!web || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new WeekRefused(what + (plainHttpAllowed ? "_NOT_WEB" : "_NOT_HTTPS"));
            }
            return line;
        } catch (URISyntaxException e) {
            throw new WeekRefused(what + (plainHttpAllowed ? "_NOT_WEB" : "_NOT_HTTPS"));
        }
    }

    private static String line(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(kept::appendCodePoint);
        String line = kept.toString().strip();
        return line.isEmpty() ? null : line;
    }

    private static String capped(String text, int max, String what) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new WeekRefused(what + "_TOO_LONG");
        }
        return text;
    }
}
