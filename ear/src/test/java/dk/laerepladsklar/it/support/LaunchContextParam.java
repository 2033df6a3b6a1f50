package dk.laerepladsklar.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The launch context id ({@code lc}) a landing page's address carries, and addresses that carry it on. */
public final class LaunchContextParam {

    private static final Pattern LC = Pattern.compile("[?&]lc=([A-Za-z0-9_-]+)");

    private LaunchContextParam() {
    }

    public static String of(String url) {
        Matcher m = LC.matcher(url == null ? "" : url);
        if (!m.find()) {
            throw new AssertionError("no launch context in " + url);
        }
        return m.group(1);
    }

    /** The path with the same launch context as {@code landingUrl}. */
    public static String with(String path, String landingUrl) {
        return path + (path.contains("?") ? "&" : "?") + "lc=" + of(landingUrl);
    }
}
