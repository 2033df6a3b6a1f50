package dk.laerepladsklar.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import dk.laerepladsklar.lti.core.registration.ToolDescription;
import java.net.URI;

/**
 * The tool's public URLs. Behind a proxy, set {@code LPK_PUBLIC_URL} (or {@code -Dlpk.public-url}) to the
 * address the platforms use; otherwise the address of the incoming request is used.
 */
@ApplicationScoped
public class ToolUrls {

    public static final String API = "/api";
    public static final String LOGIN = API + "/lti/login";
    public static final String LAUNCH = API + "/lti/launch";
    public static final String JWKS = API + "/lti/jwks";
    public static final String REGISTRATION = API + "/lti/register";

    private final String configured = configuredBase();

    private static String configuredBase() {
        String value = System.getProperty("lpk.public-url", System.getenv("LPK_PUBLIC_URL"));
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The base URL (scheme, host, port and context path, no trailing slash). */
    public String base(URI requestBase) {
        if (configured != null) {
            return configured;
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
