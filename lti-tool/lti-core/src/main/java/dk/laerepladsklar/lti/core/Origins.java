package dk.laerepladsklar.lti.core;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the tool computes the origin of a URL ({@code scheme://host[:port]}): scheme and host in lower
 * case, the default port (80 for http, 443 for https) left out, so two spellings of one origin compare equal.
 */
public final class Origins {

    private Origins() {
    }

    /** The origin of an absolute http(s) URL, or empty for anything else (other schemes, no host, not a URL). */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the URL's origin is exactly this origin. */
    public static boolean isOn(String url, String origin) {
        return origin != null && of(url).map(o -> o.equals(of(origin).orElse(null))).orElse(false);
    }
}
