package dk.laerepladsklar.webapp.personaldata;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.web.AdminApiGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The admin API for a school's data requests, with {@code Authorization: Bearer <LPK_ADMIN_TOKEN>}:
 * {@code GET /api/admin/personal-data/{platformId}/{lmsUserId}} answers the student's zip (404 {@code NOTHING_HELD}
 * when the tool keeps nothing about them), {@code DELETE} the same path erases them and answers what was deleted.
 * Refusals are JSON with a symbolic {@code error}: {@code ADMIN_TOKEN_MISMATCH} (401), {@code UNKNOWN_PLATFORM} (404),
 * {@code INVALID_SUBJECT} (400), {@code ADMIN_API_DISABLED} (503), {@code ADMIN_SIGN_IN_LOCKED} (429, after wrong tokens; the
 * same {@link AdminApiGuard} as the rest of the admin API).
 */
@Path("admin/personal-data")
@RequestScoped
public class PersonalDataResource {

    private static final Logger LOG = Logger.getLogger(PersonalDataResource.class);
    static final String ZIP = "application/zip";

    @Inject
    AdminApiGuard guard;
    @Inject
    StudentLookup lookup;
    @Inject
    DataRequests requests;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{platform}/{subject}")
    public Response export(@HeaderParam("Authorization") String authorization, @PathParam("platform") String platform,
                           @PathParam("subject") String subject) {
        return forStudent(authorization, platform, subject, this::exported);
    }

    private Response exported(StudentRef student) {
        if (requests.held(student).stream().allMatch(h -> h.total() == 0)) {
            return error(Response.Status.NOT_FOUND, "NOTHING_HELD", "The tool keeps nothing about this user on this platform");
        }
        String client = request.getRemoteAddr();
        StreamingOutput zip = out -> requests.export(student, client, "api", out);
        return Response.ok(zip, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + DataRequests.fileName(student) + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{platform}/{subject}")
    public Response erase(@HeaderParam("Authorization") String authorization, @PathParam("platform") String platform,
                          @PathParam("subject") String subject) {
        return forStudent(authorization, platform, subject, this::erased);
    }

    private Response erased(StudentRef student) {
        Map<String, Map<String, Long>> erased = requests.erase(student, request.getRemoteAddr(), "api");
        JsonObjectBuilder modules = Json.createObjectBuilder();
        erased.forEach((module, counts) -> {
            JsonObjectBuilder kinds = Json.createObjectBuilder();
            counts.forEach(kinds::add);
            modules.add(module, kinds);
        });
        return Response.ok(Json.createObjectBuilder().add("erased", modules).build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /** Behind the admin guard, finds the student named by the path and hands them to the action; refuses otherwise. */
    private Response forStudent(String authorization, String platform, String subject,
                                java.util.function.Function<StudentRef, Response> action) {
        return guard.guarded(request, authorization, () -> {
            try {
                return action.apply(lookup.find(platform, subject));
            } catch (StudentLookup.Refused e) {
                return refused(e);
            }
        });
    }

    private Response refused(StudentLookup.Refused e) {
        LOG.warnf("Personal data request refused: %s", e.reason());
        return switch (e.reason()) {
            case UNKNOWN_PLATFORM -> error(Response.Status.NOT_FOUND, e.reason().name(), "No platform is registered with this id");
            case INVALID_SUBJECT -> error(Response.Status.BAD_REQUEST, e.reason().name(),
                    "An LMS user id is 1 to 255 characters without control characters");
        };
    }

    private static Response error(Response.Status status, String reason, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", reason).add("message", message).build().toString()).build();
    }
}
