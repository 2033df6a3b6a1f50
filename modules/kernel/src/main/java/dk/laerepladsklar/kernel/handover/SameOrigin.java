package dk.laerepladsklar.kernel.handover;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a post came from a page of the tool itself, as the browser tells it: {@code Sec-Fetch-Site: same-origin},
 * or, from a browser without fetch metadata, an {@code Origin} that is the tool's own ({@code LPK_PUBLIC_URL}'s, else
 * the request's). A page of another site can write neither header; a post with neither is not the tool's own.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean posted(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.strip());
        }
        String origin = request.getHeader("Origin");
        return origin != null && origin.strip().toLowerCase(Locale.ROOT).equals(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String configured = System.getProperty("lpk.public-url", System.getenv("LPK_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            try {
                URI uri = URI.create(configured.strip());
                if (uri.getScheme() != null && uri.getHost() != null) {
                    return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
                            .toLowerCase(Locale.ROOT);
                }
            } catch (IllegalArgumentException e) {
                // the installation check refuses such a setting in production; fall back to the request
            }
        }
        int port = request.getServerPort();
        boolean defaultPort = "https".equals(request.getScheme()) ? port == 443 : port == 80;
        return (request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)).toLowerCase(Locale.ROOT);
    }
}
