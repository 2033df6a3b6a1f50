package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The door of the demo LMS's services: the failure switch first (503 when {@code down}), then a Bearer
 * token from the token endpoint that holds one of the scopes the call needs (401 otherwise).
 */
@ApplicationScoped
public class DemoServiceAccess {

    @Inject
    DemoAccessTokens tokens;
    @Inject
    DemoAgsMode mode;

    /** @throws WebApplicationException with the refusal (503 or 401) */
    public DemoAccessTokens.Grant require(String authorization, String... anyOfScopes) {
        DemoMode.require();
        refuseWhenDown();
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        DemoAccessTokens.Grant grant = tokens.find(token, Instant.now()).orElse(null);
        if (grant == null) {
            throw refusal(401, "invalid_token");
        }
        if (!grant.allowsAny(anyOfScopes)) {
            throw refusal(401, "insufficient_scope");
        }
        return grant;
    }

    /** @throws WebApplicationException 503 when the failure switch says the services are down */
    public void refuseWhenDown() {
        if (mode.down()) {
            throw new WebApplicationException(Response.status(503).type(MediaType.TEXT_PLAIN_TYPE)
                    .header("Retry-After", "5").entity("service_unavailable").build());
        }
    }

    private static WebApplicationException refusal(int status, String error) {
        return new WebApplicationException(Response.status(status).type(MediaType.TEXT_PLAIN_TYPE)
                .header("WWW-Authenticate", "Bearer error=\"" + error + "\"").entity(error).build());
    }

    static WebApplicationException plain(int status, String reason) {
        return new WebApplicationException(Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build());
    }
}
