package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.audit.AdminAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one gate in front of every admin API resource: {@code Authorization: Bearer <LPK_ADMIN_TOKEN>}, wrong tokens
 * slowed down per client address ({@link SignInThrottle}), logged and written to the audit log. Resources of any
 * module call {@link #guarded} instead of checking the token themselves.
 */
@ApplicationScoped
public class AdminApiGuard {

    private static final Logger LOG = Logger.getLogger(AdminApiGuard.class);

    @Inject
    AdminToken adminToken;
    @Inject
    SignInThrottle throttle;
    @Inject
    AdminAudit audit;

    /** Runs the action when the request carries the admin token; otherwise answers the refusal (JSON, symbolic). */
    public Response guarded(HttpServletRequest request, String authorization, Supplier<Response> action) {
        if (!adminToken.isConfigured()) {
            return error(503, "ADMIN_API_DISABLED", "Set LPK_ADMIN_TOKEN to use the admin API");
        }
        String address = request == null ? "unknown" : request.getRemoteAddr();
        Optional<Duration> locked = throttle.lockedOut(address);
        if (locked.isPresent()) {
            return tooManyFailures(locked.get());
        }
        if (!adminToken.matchesBearer(authorization)) {
            if (authorization == null || authorization.isBlank()) {
                LOG.warnf("Admin API refused: ADMIN_TOKEN_MISSING from %s", address);
                return error(401, "ADMIN_TOKEN_MISMATCH", "A valid admin token is needed");
            }
            // A token was presented and is wrong: a guess, counted and logged with where it came from.
            LOG.warnf("Admin API refused: ADMIN_SIGN_IN_FAILED from %s", address);
            audit.record(address, "ADMIN_SIGN_IN_FAILED", "admin API");
            Optional<Duration> lock = throttle.failed(address);
            lock.ifPresent(d -> LOG.warnf("ADMIN_SIGN_IN_LOCKED: %s may not try an admin token for %d s", address, seconds(d)));
            return error(401, "ADMIN_TOKEN_MISMATCH", "A valid admin token is needed");
        }
        throttle.succeeded(address);
        return action.get();
    }

    private static Response tooManyFailures(Duration wait) {
        return Response.fromResponse(error(429, "ADMIN_SIGN_IN_LOCKED",
                        "Too many wrong admin tokens from this address. Try again in " + seconds(wait) + " seconds."))
                .header("Retry-After", seconds(wait)).build();
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** A JSON refusal: {@code {"error": REASON, "message": ...}}. */
    public static Response error(int status, String reason, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSONObjectUtils.toJSONString(Map.of("error", reason, "message", message))).build();
    }
}
