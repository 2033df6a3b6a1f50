package dk.laerepladsklar.kernel.share;

import java.net.URI;

/**
 * The tool's public address for a link that leaves the tool (a master's feedback link in an email): {@code LPK_PUBLIC_URL}
 * ({@code -Dlpk.public-url}), which production must set and whose Host is never taken from a request; only when it is
 * unset (dev mode, where the installation check lets it be) the request's own scheme, host and context path.
 */
public final class ToolAddress {

    private ToolAddress() {
    }

    /** The base, without a trailing slash. */
    public static String base(String requestScheme, String requestHost, int requestPort, String contextPath) {
        String configured = System.getProperty("lpk.public-url");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("LPK_PUBLIC_URL");
        }
        if (configured != null && !configured.isBlank()) {
            String base = configured.strip();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        boolean defaultPort = requestPort < 0 || "http".equals(requestScheme) && requestPort == 80
                || "https".equals(requestScheme) && requestPort == 443;
        return URI.create(requestScheme + "://" + requestHost + (defaultPort ? "" : ":" + requestPort)).toString()
                + contextPath;
    }
}
