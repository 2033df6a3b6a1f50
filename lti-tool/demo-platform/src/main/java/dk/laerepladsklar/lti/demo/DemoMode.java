package dk.laerepladsklar.lti.demo;

import jakarta.ws.rs.NotFoundException;

/** The demo LMS runs only when switched on ({@code -Dlpk.demo=true} or {@code LPK_DEMO=true}); never in production. */
public final class DemoMode {

    private static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("lpk.demo", System.getenv("LPK_DEMO")));

    private DemoMode() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Answers 404, as if the demo did not exist, when it is switched off. */
    static void require() {
        if (!ENABLED) {
            throw new NotFoundException();
        }
    }
}
