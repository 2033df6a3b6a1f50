package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.Origins;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Who may register the tool by dynamic registration, and from where.
 * <ul>
 *   <li>Open registration ({@code LPK_OPEN_REGISTRATION=true} / {@code -Dlpk.open-registration=true}, on in the
 *       demo): a school may register without an invitation, and its platform waits for the operator's approval.</li>
 *   <li>The OpenID configuration must be served from its issuer's origin (LTI Dynamic Registration §3.5.1), so a
 *       site cannot speak for another school's issuer. Canvas serves one issuer for all its sites: the shared
 *       Canvas issuers are accepted from any https {@code *.instructure.com} origin and from the origins the
 *       operator lists for self-hosted Canvas ({@code LPK_CANVAS_ORIGINS}, separated by spaces or commas).</li>
 * </ul>
 */
@ApplicationScoped
public class RegistrationPolicy {

    private static final Logger LOG = Logger.getLogger(RegistrationPolicy.class);

    static final Set<String> CANVAS_SHARED_ISSUERS = Set.of("https://canvas.instructure.com",
            "https://canvas.beta.instructure.com", "https://canvas.test.instructure.com");

    private volatile boolean open = Installation.flag("lpk.open-registration", "LPK_OPEN_REGISTRATION");
    private final Set<String> canvasOrigins = canvasOrigins(Installation.setting("lpk.canvas-origins", "LPK_CANVAS_ORIGINS"));

    /** Whether a school may register without an invitation (its platform then waits for approval). */
    public boolean openRegistration() {
        return open;
    }

    /**
     * Switches open registration on this node until the next start: for the tests of the demo installation
     * only, so that one server can be tested both ways. Production takes the setting from the environment.
     */
    public void switchOpenRegistrationForTests(boolean open) {
        if (!Installation.devMode()) {
            throw new IllegalStateException("Open registration is switched at run time only in dev mode");
        }
        this.open = open;
    }

    /** Whether a configuration at this URL may speak for this issuer. */
    public boolean configurationMaySpeakFor(String configurationUrl, String issuer) {
        Optional<String> configurationOrigin = Origins.of(configurationUrl);
        Optional<String> issuerOrigin = Origins.of(issuer);
        if (configurationOrigin.isEmpty() || issuerOrigin.isEmpty()) {
            return false;
        }
        if (configurationOrigin.equals(issuerOrigin)) {
            return true;
        }
        return CANVAS_SHARED_ISSUERS.contains(issuerOrigin.get()) && issuer.strip().equals(issuerOrigin.get())
                && (isInstructureSite(configurationOrigin.get()) || canvasOrigins.contains(configurationOrigin.get()));
    }

    private static boolean isInstructureSite(String origin) {
        // Origins.of lower-cases the host and leaves out the default port: https://school.instructure.com
        return origin.startsWith("https://") && origin.endsWith(".instructure.com")
                && origin.indexOf(':', "https://".length()) < 0;
    }

    static Set<String> canvasOrigins(String setting) {
        if (setting == null) {
            return Set.of();
        }
        Set<String> origins = new java.util.TreeSet<>();
        for (String entry : setting.split("[\\s,]+")) {
            if (entry.isBlank()) {
                continue;
            }
            Optional<String> origin = Origins.of(entry);
            if (origin.isPresent() && origin.get().startsWith("https://")) {
                origins.add(origin.get());
            } else {
                // The tool still starts; the operator finds the reason in the log.
                LOG.errorf("CANVAS_ORIGIN_IGNORED: LPK_CANVAS_ORIGINS lists %s, which is not an https origin", entry);
            }
        }
        return Set.copyOf(origins);
    }
}
