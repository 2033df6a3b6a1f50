package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.audit.AdminAudit;
import dk.laerepladsklar.lti.core.keys.ToolKey;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationImport;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The admin API for IT automation: register platforms and deployments declaratively, and rotate the tool's
 * keys without downtime. Every call needs {@code Authorization: Bearer <LPK_ADMIN_TOKEN>}; wrong tokens are
 * slowed down per client address ({@link SignInThrottle}), and every change and every wrong token goes into the
 * admin audit log.
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
    @Inject
    AdminApiGuard guard;
    @Inject
    AdminAudit audit;
    @Context
    HttpServletRequest request;

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
            Set<String> before = registrations.all().stream().map(p -> p.getIssuer() + " " + p.getClientId())
                    .collect(Collectors.toSet());
            try {
                List<Registration> imported = registrationImport.importAll(body == null ? "" : body);
                LOG.infof("Admin API registered %d platform(s)", imported.size());
                for (Registration registration : imported) {
                    boolean known = before.contains(registration.issuer() + " " + registration.clientId());
                    audit.record(clientAddress(), known ? "PLATFORM_UPDATED" : "PLATFORM_REGISTERED",
                            "admin API: " + describe(registration));
                }
                return Response.ok(JSONObjectUtils.toJSONString(Map.of("platforms",
                        imported.stream().map(RegistrationImport::toJson).toList()))).build();
            } catch (IllegalArgumentException e) {
                audit.record(clientAddress(), "PLATFORM_REGISTRATION_REFUSED", "admin API: " + e.getMessage());
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
            audit.record(clientAddress(), "KEY_ROTATED", "admin API: new kid " + kid);
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
            audit.record(clientAddress(), "KEYS_RETIRED", "admin API: " + retired + " key(s) retired, current " + toolKeys.currentKid());
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

    /** One line for the audit log: which platform, never a secret. */
    public static String describe(Registration registration) {
        return registration.issuer() + " client_id " + registration.clientId() + " deployments "
                + registration.deploymentIds().stream().sorted().toList();
    }

    private Response guarded(String authorization, java.util.function.Supplier<Response> action) {
        return guard.guarded(request, authorization, action);
    }

    private String clientAddress() {
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static Response error(int status, String reason, String message) {
        return AdminApiGuard.error(status, reason, message);
    }
}
