package dk.laerepladsklar.kernel.share;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;

/**
 * What every page opened by a secret link has in common: the visitor has no launch, so the page speaks Danish unless
 * the browser prefers English, and every answer is kept nowhere, sends no referrer (the address is the secret), is
 * not indexed and is never framed.
 */
public final class SharedPages {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    private SharedPages() {
    }

    /** The headers of every answer, with the page's own content security policy. */
    public static void guard(HttpServletResponse response, String policy) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", policy);
    }

    /**
     * The visitor's language: Danish unless the browser prefers English to Danish (the first of the two in its
     * {@code Accept-Language}); a browser that names neither gets Danish.
     */
    public static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DANISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            String language = wanted.getLanguage();
            if ("da".equals(language)) {
                return DANISH;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return DANISH;
    }

    /** The secret in a path such as {@code /profile/<secret>}: what follows the servlet's path, or null. */
    public static String secret(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? null : path.substring(1);
    }
}
