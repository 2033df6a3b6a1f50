package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptAnswer;
import dk.laerepladsklar.roleplay.entity.AttemptRefused;
import dk.laerepladsklar.roleplay.entity.Mark;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The recorder page's calls, all for the student's own attempt at a placed role-play and all answering the attempt as
 * JSON ({@link #state}): {@code POST …/{placement}/draft} (the current draft, a new attempt after a sent one),
 * {@code POST …/{attempt}/consent}, {@code PUT …/{attempt}/answers/{prompt}} with typed words, {@code DELETE} of an
 * answer (a retake by another way), {@code PUT …/{attempt}/self} with {@code criterion=points} pairs, and
 * {@code POST …/{attempt}/send}. Recordings themselves go to the media store's upload ({@code tus}) with the attempt's
 * reference. A step the attempt does not allow is its reason's status with {@code {"code", "message"}}; someone else's
 * attempt or placement is 404.
 */
@Path("roleplay/attempts")
@RequestScoped
public class AttemptResource {

    public static final String PATH = "/api/roleplay/attempts/";
    private static final Logger LOG = Logger.getLogger(AttemptResource.class);
    static final int MAX_BODY = 16 * 1024;

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Attempts attempts;
    @Inject
    MasterLinks masterLinks;
    @Context
    HttpServletRequest request;

    @POST
    @Path("{placement}/draft")
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return ok(attempts.draft(c.placed, c.launch), c.launch);
    }

    @GET
    @Path("{placement}/{attempt}")
    public Response show(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId) {
        Ctx c = context(placementId);
        UUID id = id(attemptId);
        Attempt found = attempts.own(c.placed, c.launch).stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
        return ok(found, c.launch);
    }

    @POST
    @Path("{placement}/{attempt}/consent")
    public Response consent(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId) {
        Ctx c = context(placementId);
        return step(c, () -> attempts.consent(c.placed, c.launch, id(attemptId)));
    }

    @PUT
    @Path("{placement}/{attempt}/answers/{prompt}")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response typed(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId,
                          @PathParam("prompt") String promptId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return step(c, () -> attempts.answerWithText(c.placed, c.launch, id(attemptId), promptId, text));
    }

    @DELETE
    @Path("{placement}/{attempt}/answers/{prompt}")
    public Response withdraw(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId,
                             @PathParam("prompt") String promptId) {
        Ctx c = context(placementId);
        return step(c, () -> attempts.withdraw(c.placed, c.launch, id(attemptId), promptId));
    }

    @PUT
    @Path("{placement}/{attempt}/self")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response self(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId,
                         InputStream body) throws IOException {
        Ctx c = context(placementId);
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        Map<String, String> form = PracticeResource.fields(new String(bytes, StandardCharsets.US_ASCII));
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            Integer points = points(field.getValue());
            if (points == null) {
                return refused(AttemptRefused.Reason.UNKNOWN_LEVEL, c.launch);
            }
            marks.add(Mark.level(field.getKey(), points));
        }
        return step(c, () -> attempts.selfAssess(c.placed, c.launch, id(attemptId), marks));
    }

    @POST
    @Path("{placement}/{attempt}/send")
    public Response send(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId) {
        Ctx c = context(placementId);
        return step(c, () -> attempts.send(c.placed, c.launch, id(attemptId)));
    }

    /**
     * The student's yes ({@code answer=yes}) or no ({@code answer=no}, which revokes every open link) to a master's
     * feedback on a sent attempt: a plain form on the recorder page, answered with a redirect back to it.
     */
    @POST
    @Path("{placement}/{attempt}/master-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response masterConsent(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId,
                                  InputStream body) throws IOException {
        Ctx c = context(placementId);
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        String answer = PracticeResource.fields(new String(bytes, StandardCharsets.US_ASCII)).get("answer");
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            return toRecordPage(c, "&masterRefused=" + AttemptRefused.Reason.WRONG_STATE.name());
        }
        try {
            Attempt attempt = "yes".equals(answer) ? masterLinks.allow(c.placed, c.launch, id(attemptId))
                    : masterLinks.withdraw(c.placed, c.launch, id(attemptId));
            return toRecordPage(c, "&master=" + answer + "#attempt-" + attempt.getNumber());
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play master consent refused: %s", refused.reason());
            return toRecordPage(c, "&masterRefused=" + refused.reason().name());
        } catch (Attempts.AttemptNotFound missing) {
            throw new NotFoundException();
        }
    }

    /** The student revokes one master's link of their own attempt. */
    @POST
    @Path("{placement}/{attempt}/master-links/{link}/revoke")
    public Response revokeMasterLink(@PathParam("placement") String placementId, @PathParam("attempt") String attemptId,
                                     @PathParam("link") String linkId) {
        Ctx c = context(placementId);
        try {
            Attempt attempt = masterLinks.revokeOwn(c.placed, c.launch, id(attemptId), linkId);
            return toRecordPage(c, "&master=revoked#attempt-" + attempt.getNumber());
        } catch (AttemptRefused refused) {
            return toRecordPage(c, "&masterRefused=" + refused.reason().name());
        } catch (Attempts.AttemptNotFound missing) {
            throw new NotFoundException();
        }
    }

    private Response toRecordPage(Ctx c, String then) {
        String page = request.getContextPath() + RolePlays.RECORD_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "="
                + c.placed.placementId();
        return Response.status(Response.Status.SEE_OTHER).header("Location", SignedInUser.withContext(page, c.launch.id()) + then)
                .header("Cache-Control", "no-store").build();
    }

    /** The attempt as the recorder page needs it. */
    JsonObjectBuilder state(Attempt attempt, LaunchContext launch) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (AttemptAnswer a : attempt.getAnswers()) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("mode", a.getMode().code());
            if (a.isRecording()) {
                one.add("media", a.getMediaId().toString()).add("url", mediaUrl(a.getMediaId(), launch));
                attempts.recording(a.getMediaId()).map(MediaItem::size).ifPresent(size -> one.add("size", size));
            } else {
                one.add("text", a.getText());
            }
            answers.add(a.getPromptId(), one);
        }
        JsonObjectBuilder self = Json.createObjectBuilder();
        attempt.getSelfMarks().forEach(m -> self.add(m.getCriterionId(), m.getPoints()));
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", attempt.getId().toString())
                .add("number", attempt.getNumber()).add("state", attempt.getState().code())
                .add("consent", attempt.hasConsent()).add("answers", answers).add("self", self);
        if (attempt.isReleased()) {
            json.add("score", attempt.getScore()).add("scoreMaximum", attempt.getScoreMaximum());
        }
        return json;
    }

    String mediaUrl(UUID mediaId, LaunchContext launch) {
        return SignedInUser.withContext(request.getContextPath() + "/api/media/items/" + mediaId, launch.id());
    }

    private Response step(Ctx c, Step step) {
        try {
            return ok(step.run(), c.launch);
        } catch (AttemptRefused refused) {
            LOG.warnf("Role-play attempt step refused: %s", refused.reason());
            return refused(refused.reason(), c.launch);
        } catch (Attempts.AttemptNotFound missing) {
            throw new NotFoundException();
        }
    }

    private Response ok(Attempt attempt, LaunchContext launch) {
        return Response.ok(state(attempt, launch).build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    static Response refused(AttemptRefused.Reason reason, LaunchContext launch) {
        String message = dk.laerepladsklar.kernel.PageMessages.text(Practices.BUNDLE, launch.locale(),
                "attempt.refused." + reason.name());
        return Response.status(reason.status()).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("code", reason.name()).add("message", message).build().toString())
                .build();
    }

    static Integer points(String value) {
        if (value == null || !value.matches("\\d{1,3}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }

    private Ctx context(String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToPractise(placementId, launch).orElseThrow(NotFoundException::new);
        return new Ctx(launch, placed);
    }

    private record Ctx(LaunchContext launch, PlacedRolePlay placed) {
    }

    @FunctionalInterface
    private interface Step {
        Attempt run() throws AttemptRefused;
    }
}
