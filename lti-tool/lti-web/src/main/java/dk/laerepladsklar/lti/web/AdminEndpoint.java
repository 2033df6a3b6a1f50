package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.keys.ToolKey;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationImport;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The admin API for IT automation: register platforms and deployments declaratively, and rotate the tool's
 * keys without downtime. Every call needs {@code Authorization: Bearer <LPK_ADMIN_TOKEN>}.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminEndpoint {

    private static final Logger LOG = Logger.getLogger(AdminEndpoint.class);

    @Inject
    AdminToken adminToken;
    @Inject
    RegistrationImport registrationImport;
    @Inject
    Registrations registrations;
    @Inject
    ToolKeys toolKeys;

    @GET
    @Path("platforms")
    public Response platforms(@HeaderParam("Authorization") String authorization) {
        return guarded(authorization, () -> {
            List<Map<String, Object>> list = registrations.all().stream()
                    .map(p -> registrations.find(p.getIssuer(), p.getClientId()).map(RegistrationImport::toJson).orElseThrow())
                    .toList();
            return Response.ok(JSONObjectUtils.toJSONString(Map.of("platforms", list))).build();
        });
    }

    /** Registers one platform (a JSON object) or several (an array); importing the same data again changes nothing. */
    @PUT
    @Path("platforms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam("Authorization") String authorization, String body) {
        return guarded(authorization, () -> {
            try {
                List<Registration> imported = registrationImport.importAll(body == null ? "" : body);
                LOG.infof("Admin API registered %d platform(s)", imported.size());
                return Response.ok(JSONObjectUtils.toJSONString(Map.of("platforms",
                        imported.stream().map(RegistrationImport::toJson).toList()))).build();
            } catch (IllegalArgumentException e) {
                return error(400, "INVALID_REGISTRATION", e.getMessage());
            }
        });
    }

    @GET
    @Path("keys")
    public Response keys(@HeaderParam("Authorization") String authorization) {
        return guarded(authorization, () -> Response.ok(JSONObjectUtils.toJSONString(Map.of("keys",
                toolKeys.all().stream().map(AdminEndpoint::keyJson).toList(), "current", toolKeys.currentKid()))).build());
    }

    /** Step 1 of a rotation: a new signing key; the old one stays published so cached copies keep working. */
    @POST
    @Path("keys/rotate")
    public Response rotate(@HeaderParam("Authorization") String authorization) {
        return guarded(authorization, () -> {
            String kid = toolKeys.rotate();
            LOG.infof("Admin API rotated the tool key: new kid %s", kid);
            return Response.ok(JSONObjectUtils.toJSONString(Map.of("current", kid))).build();
        });
    }

    /** Step 2, a day later: retire every key but the current one. */
    @POST
    @Path("keys/retire-previous")
    public Response retire(@HeaderParam("Authorization") String authorization) {
        return guarded(authorization, () -> {
            int retired = toolKeys.retireOlderThanCurrent();
            LOG.infof("Admin API retired %d previous tool key(s)", retired);
            return Response.ok(JSONObjectUtils.toJSONString(Map.of("retired", retired, "current", toolKeys.currentKid()))).build();
        });
    }

    private static Map<String, Object> keyJson(ToolKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kid", key.getKid());
        json.put("created_at", key.getCreatedAt().toString());
        json.put("retired_at", key.getRetiredAt() == null ? null : key.getRetiredAt().toString());
        return json;
    }

    private Response guarded(String authorization, java.util.function.Supplier<Response> action) {
        if (!adminToken.isConfigured()) {
            return error(503, "ADMIN_API_DISABLED", "Set LPK_ADMIN_TOKEN to use the admin API");
        }
        if (!adminToken.matchesBearer(authorization)) {
            LOG.warn("Admin API refused: ADMIN_TOKEN_MISMATCH");
            return error(401, "ADMIN_TOKEN_MISMATCH", "A valid admin token is needed");
        }
        return action.get();
    }

    private static Response error(int status, String reason, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSONObjectUtils.toJSONString(Map.of("error", reason, "message", message))).build();
    }
}
