package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.api.Launch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** What the tool can tell about the browser from its request. */
final class BrowserContext {

    private BrowserContext() {
    }

    /**
     * Cross-site cookies (inside the LMS iframe) need {@code Secure; SameSite=None}; browsers accept that on
     * HTTPS and on loopback addresses, which count as secure contexts.
     */
    static boolean allowsSecureCookies(HttpServletRequest request) {
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            return true;
        }
        String host = request.getServerName();
        return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host) || "::1".equals(host);
    }

    /** The language for a page shown before any launch was accepted: the hint, else the browser's, else Danish. */
    static Locale locale(HttpServletRequest request, String hint) {
        if (hint != null && !hint.isBlank()) {
            return Locale.forLanguageTag(hint.replace('_', '-'));
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Launch.DANISH;
    }
}
