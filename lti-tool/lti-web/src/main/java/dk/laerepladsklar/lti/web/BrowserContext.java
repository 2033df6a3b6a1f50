package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.core.Origins;
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

    /**
     * Whether a form post came from a page of the tool itself (its recovery page), as the browser tells it:
     * {@code Sec-Fetch-Site: same-origin}, or, from a browser without fetch metadata, an {@code Origin} that is
     * the tool's own. Both headers are set by the browser and cannot be written by a page of another site; a
     * post that carries neither is not taken as the tool's own.
     *
     * @param toolBase the tool's base URL ({@link ToolUrls#base})
     */
    static boolean postedByToolPage(HttpServletRequest request, String toolBase) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.strip());
        }
        String origin = request.getHeader("Origin");
        return origin != null && Origins.of(toolBase).map(own -> Origins.isOn(origin, own)).orElse(false);
    }
}
