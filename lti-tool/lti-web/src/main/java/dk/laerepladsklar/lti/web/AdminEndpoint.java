package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.audit.AdminAudit;
import dk.laerepladsklar.lti.core.keys.ToolKey;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Invitation;
import dk.laerepladsklar.lti.core.registration.InvitationState;
import dk.laerepladsklar.lti.core.registration.Invitations;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationPolicy;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The admin API for IT automation: register platforms and deployments declaratively, invite schools to
 * register themselves, approve platforms that registered without an invitation, and rotate the tool's keys
 * without downtime. Every call needs {@code Authorization: Bearer <LPK_ADMIN_TOKEN>}; wrong tokens are
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
    @Inject
    Invitations invitations;
    @Inject
    RegistrationPolicy registrationPolicy;
    @Inject
    ToolUrls urls;
    @Context
    UriInfo uriInfo;

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

    /** The operator's invitations, newest first (the secret is never shown again after it was created). */
    @GET
    @Path("invitations")
    public Response invitationList(@HeaderParam("Authorization") String authorization) {
        return guarded(authorization, () -> Response.ok(JSONObjectUtils.toJSONString(Map.of("invitations",
                invitations.all().stream().map(this::invitationJson).toList()))).build());
    }

    /**
     * Invites a school: {@code {"school": "Skolens navn", "days": 14}} ({@code days} optional, 1 to 365). The answer's
     * {@code url} is the registration URL to paste into the school's Moodle or Canvas; it is shown only now.
     */
    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@HeaderParam("Authorization") String authorization, String body) {
        return guarded(authorization, () -> {
            Map<String, Object> json;
            try {
                json = JSONObjectUtils.parse(body == null ? "" : body);
            } catch (java.text.ParseException e) {
                return error(400, "INVALID_INVITATION", "Not valid JSON: " + e.getMessage());
            }
            Object school = json.get("school");
            Object days = json.get("days");
            if (!(school instanceof String) || days != null && !(days instanceof Number number && number.doubleValue() == number.intValue())) {
                return error(400, "INVALID_INVITATION", "school must be text and days a whole number");
            }
            try {
                Invitations.Issued issued = invitations.create((String) school, days == null ? null : ((Number) days).intValue());
                audit.record(clientAddress(), "INVITATION_CREATED", "invitation " + issued.invitation().getId()
                        + " for " + issued.invitation().getSchool() + ", expires " + issued.invitation().getExpiresAt());
                Map<String, Object> answer = invitationJson(issued.invitation());
                answer.put("url", registrationUrl(urls.base(uriInfo.getBaseUri()), issued.secret()));
                return Response.status(201).entity(JSONObjectUtils.toJSONString(answer)).build();
            } catch (IllegalArgumentException e) {
                return error(400, "INVALID_INVITATION", e.getMessage());
            }
        });
    }

    /** Revokes an invitation that was not used yet. */
    @POST
    @Path("invitations/{id}/revoke")
    public Response revoke(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        return guarded(authorization, () -> {
            Invitation invitation = uuid(id).flatMap(invitations::find).orElse(null);
            if (invitation == null) {
                return error(404, "UNKNOWN_INVITATION", "No such invitation");
            }
            if (invitations.stateOf(invitation) == InvitationState.USED) {
                return error(409, "INVITATION_USED", "The invitation was used; its platform is registered");
            }
            Invitation revoked = invitations.revoke(invitation.getId()).orElseThrow();
            audit.record(clientAddress(), "INVITATION_REVOKED", "invitation " + revoked.getId() + " for " + revoked.getSchool());
            return Response.ok(JSONObjectUtils.toJSONString(invitationJson(revoked))).build();
        });
    }

    /** Lets a platform registered without an invitation (open registration) launch the tool. */
    @POST
    @Path("platforms/{id}/approve")
    public Response approve(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        return guarded(authorization, () -> {
            Registration approved = uuid(id).map(PlatformId::new).flatMap(registrations::approve).orElse(null);
            if (approved == null) {
                return error(404, "UNKNOWN_PLATFORM", "No such platform");
            }
            audit.record(clientAddress(), "PLATFORM_APPROVED", "platform " + approved.platformId() + ": "
                    + approved.issuer() + " client " + approved.clientId());
            return Response.ok(JSONObjectUtils.toJSONString(RegistrationImport.toJson(approved))).build();
        });
    }

    /**
     * Switches open registration on this node until the next start ({@code {"open": false}}): only in dev mode,
     * so that the tests can try both ways on one server. Production follows {@code LPK_OPEN_REGISTRATION}.
     */
    @PUT
    @Path("open-registration")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openRegistration(@HeaderParam("Authorization") String authorization, String body) {
        return guarded(authorization, () -> {
            if (!Installation.devMode()) {
                return error(404, "NOT_IN_PRODUCTION", "Set LPK_OPEN_REGISTRATION and restart instead");
            }
            boolean open;
            try {
                open = Boolean.TRUE.equals(JSONObjectUtils.parse(body == null ? "" : body).get("open"));
            } catch (java.text.ParseException e) {
                return error(400, "INVALID_SETTING", "Not valid JSON: " + e.getMessage());
            }
            registrationPolicy.switchOpenRegistrationForTests(open);
            audit.record(clientAddress(), "OPEN_REGISTRATION_SWITCHED", "open registration " + (open ? "on" : "off"));
            return Response.ok(JSONObjectUtils.toJSONString(Map.of("open", open))).build();
        });
    }

    /** The URL a school's admin pastes into Moodle or Canvas (Moodle appends its own parameters with {@code &}). */
    public static String registrationUrl(String toolBase, String secret) {
        return toolBase + ToolUrls.REGISTRATION + "?invitation=" + secret;
    }

    private Map<String, Object> invitationJson(Invitation invitation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", invitation.getId().toString());
        json.put("school", invitation.getSchool());
        json.put("state", invitations.stateOf(invitation).name());
        json.put("created_at", invitation.getCreatedAt().toString());
        json.put("expires_at", invitation.getExpiresAt().toString());
        json.put("used_at", invitation.getUsedAt() == null ? null : invitation.getUsedAt().toString());
        json.put("revoked_at", invitation.getRevokedAt() == null ? null : invitation.getRevokedAt().toString());
        json.put("platform_id", registrations.registeredWith(invitation.getId()).map(p -> p.getId().toString()).orElse(null));
        return json;
    }

    private static java.util.Optional<UUID> uuid(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
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
        return dk.laerepladsklar.lti.core.admin.PlatformsForAdmin.summary(registration).description();
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
