package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.Installation;
import jakarta.enterprise.context.ApplicationScoped;
import dk.laerepladsklar.lti.core.registration.ToolDescription;
import java.net.URI;

/**
 * The tool's public URLs, from {@code LPK_PUBLIC_URL} (or {@code -Dlpk.public-url}): the address the platforms use.
 * Only in dev mode may it be left out; then the address of the incoming request is used. In production the Host
 * header is never trusted: a forged one would otherwise end up in redirects, registrations and login URLs (the
 * installation check refuses to start production without {@code LPK_PUBLIC_URL}).
 */
@ApplicationScoped
public class ToolUrls {

    public static final String API = "/api";
    public static final String LOGIN = API + "/lti/login";
    public static final String LAUNCH = API + "/lti/launch";
    public static final String JWKS = API + "/lti/jwks";
    public static final String REGISTRATION = API + "/lti/register";

    private final String configured = configuredBase(Installation.setting("lpk.public-url", "LPK_PUBLIC_URL"));
    private final boolean devMode = Installation.devMode();

    static String configuredBase(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String base = value.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The base URL (scheme, host, port and context path, no trailing slash). */
    public String base(URI requestBase) {
        return base(configured, devMode, requestBase);
    }

    static String base(String configured, boolean devMode, URI requestBase) {
        if (configured != null) {
            return configured;
        }
        if (!devMode) {
            throw new IllegalStateException("LPK_PUBLIC_URL is not set: in production the tool does not build URLs from the request");
        }
        String uri = requestBase.toString();
        int api = uri.indexOf(API + "/");
        String base = api >= 0 ? uri.substring(0, api) : uri;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String launch(URI requestBase) {
        return base(requestBase) + LAUNCH;
    }

    public String login(URI requestBase) {
        return base(requestBase) + LOGIN;
    }

    /** How the tool describes itself to a platform that registers it. */
    public ToolDescription describe(URI requestBase) {
        String base = base(requestBase);
        return new ToolDescription("Lærepladsklar",
                "Jobsøgning og lærepladssøgning for EUD- og FGU-elever: forløb, karriereplan, rollespil og ansøgninger.",
                base, base + LOGIN, base + LAUNCH, base + JWKS, null);
    }

    public String jwks(URI requestBase) {
        return base(requestBase) + JWKS;
    }
}
