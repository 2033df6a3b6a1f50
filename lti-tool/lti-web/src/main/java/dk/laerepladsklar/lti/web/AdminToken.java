package dk.laerepladsklar.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The installation's admin secret, from {@code LPK_ADMIN_TOKEN} (or {@code -Dlpk.admin-token}). Without one,
 * the admin API is switched off.
 */
@ApplicationScoped
public class AdminToken {

    private final String token = configured();

    private static String configured() {
        return dk.laerepladsklar.lti.core.Installation.setting("lpk.admin-token", "LPK_ADMIN_TOKEN");
    }

    public boolean isConfigured() {
        return token != null;
    }

    /** Compares in constant time. */
    public boolean matches(String presented) {
        return token != null && presented != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    public boolean matchesBearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && matches(authorization.substring(7));
    }
}
