package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.NextStep;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.SectionAnswer;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The plan page's calls, all on the student's own plan opened from a placed career plan, all answering the plan as
 * JSON ({@link #state}): {@code GET …/{placement}}, {@code PUT …/{placement}/sections/{section}} with the section's
 * words (the page saves by itself as the student writes), {@code PUT …/seek} (trade and area), next steps
 * ({@code POST …/steps}, {@code PUT …/steps/{id}}, {@code POST …/steps/{id}/done}, {@code DELETE …/steps/{id}}),
 * {@code PUT …/support-shared}, {@code DELETE …/sections/{section}/voice} and {@code POST …/send}. A change the plan
 * does not allow is 422 with {@code {"code", "message"}} in the launch's language and the plan unchanged; a placement
 * the launch may not write in is 404. Voice answers go to the media store's upload with {@link PlanVoices}'s
 * reference.
 */
@Path("careerplan/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final Logger LOG = Logger.getLogger(PlanResource.class);
    /** A section is at most 4,000 characters; in UTF-8 with some room for the form's escaping. */
    static final int MAX_BODY = 32 * 1024;
    /** Dates of next steps are the school's days. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    CareerPlans plans;
    @Inject
    PlanVoices voices;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{placement}")
    public Response show(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return ok(plans.open(c.placed, c.launch), c.launch);
    }

    @PUT
    @Path("{placement}/sections/{section}")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response write(@PathParam("placement") String placementId, @PathParam("section") String sectionKey,
                          InputStream body) throws IOException {
        Ctx c = context(placementId);
        PlanSection section = PlanSection.byKey(sectionKey).orElseThrow(NotFoundException::new);
        String text = text(body);
        if (text == null) {
            return refused("PLAN_TEXT_TOO_LONG", c.launch);
        }
        return step(c, () -> plans.write(c.placed, c.launch, section, text));
    }

    @PUT
    @Path("{placement}/seek")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seek(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = form(body);
        if (form == null) {
            return refused("PLAN_FIELD_TOO_LONG", c.launch);
        }
        return step(c, () -> plans.seek(c.placed, c.launch, form.get("trade"), form.get("area")));
    }

    @POST
    @Path("{placement}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStep(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = form(body);
        if (form == null) {
            return refused("PLAN_STEP_TEXT_TOO_LONG", c.launch);
        }
        LocalDate due = date(form.get("due"));
        if (due == null && form.get("due") != null && !form.get("due").isBlank()) {
            return refused("PLAN_STEP_DATE_OUT_OF_RANGE", c.launch);
        }
        return step(c, () -> plans.addStep(c.placed, c.launch, form.get("text"), due));
    }

    @PUT
    @Path("{placement}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStep(@PathParam("placement") String placementId, @PathParam("step") String stepId,
                               InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = form(body);
        if (form == null) {
            return refused("PLAN_STEP_TEXT_TOO_LONG", c.launch);
        }
        LocalDate due = date(form.get("due"));
        if (due == null && form.get("due") != null && !form.get("due").isBlank()) {
            return refused("PLAN_STEP_DATE_OUT_OF_RANGE", c.launch);
        }
        return step(c, () -> plans.changeStep(c.placed, c.launch, stepId, form.get("text"), due));
    }

    @POST
    @Path("{placement}/steps/{step}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response done(@PathParam("placement") String placementId, @PathParam("step") String stepId,
                         InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = form(body);
        boolean done = form == null || !"false".equals(form.get("done"));
        return step(c, () -> plans.completeStep(c.placed, c.launch, stepId, done));
    }

    @DELETE
    @Path("{placement}/steps/{step}")
    public Response removeStep(@PathParam("placement") String placementId, @PathParam("step") String stepId) {
        Ctx c = context(placementId);
        return step(c, () -> plans.removeStep(c.placed, c.launch, stepId));
    }

    @PUT
    @Path("{placement}/support-shared")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response shareSupport(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        String text = text(body);
        if (!"true".equals(text) && !"false".equals(text)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return step(c, () -> plans.shareSupport(c.placed, c.launch, Boolean.parseBoolean(text)));
    }

    @DELETE
    @Path("{placement}/sections/{section}/voice")
    public Response removeVoice(@PathParam("placement") String placementId, @PathParam("section") String sectionKey) {
        Ctx c = context(placementId);
        PlanSection section = PlanSection.byKey(sectionKey).orElseThrow(NotFoundException::new);
        return step(c, () -> {
            voices.remove(c.placed, c.launch, section);
            return plans.open(c.placed, c.launch);
        });
    }

    @POST
    @Path("{placement}/send")
    public Response send(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return step(c, () -> {
            plans.send(c.placed, c.launch);
            return plans.open(c.placed, c.launch);
        });
    }

    /** The plan as the page needs it (the student's own: the support section included). */
    JsonObjectBuilder state(CareerPlan plan, LaunchContext launch) {
        LocalDate today = LocalDate.now(SCHOOL_ZONE);
        JsonObjectBuilder sections = Json.createObjectBuilder();
        for (PlanSection section : PlanSection.values()) {
            SectionAnswer answer = plan.answer(section).orElse(null);
            JsonObjectBuilder one = Json.createObjectBuilder().add("text", answer == null ? "" : answer.getText());
            if (answer != null && answer.getVoiceMediaId() != null) {
                one.add("voice", mediaUrl(answer.getVoiceMediaId(), launch));
            }
            sections.add(section.key(), one);
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (NextStep step : plan.getSteps()) {
            steps.add(Json.createObjectBuilder().add("id", step.getId()).add("text", step.getText())
                    .add("due", step.getDue().toString()).add("done", step.isDone())
                    .add("overdue", step.isOverdue(today)));
        }
        return Json.createObjectBuilder()
                .add("state", plan.getState().name())
                .add("stateText", PageMessages.text(CareerPlanActivity.BUNDLE, launch.locale(),
                        "state." + plan.getState().name()))
                .add("unsentChanges", plan.hasUnsentChanges())
                .add("versionsSent", plan.getVersionsSent())
                .add("supportShared", plan.isSupportShared())
                .add("trade", plan.getTrade())
                .add("area", plan.getArea())
                .add("sections", sections)
                .add("steps", steps);
    }

    private String mediaUrl(UUID mediaId, LaunchContext launch) {
        return SignedInUser.withContext(request.getContextPath() + "/api/media/items/" + mediaId, launch.id());
    }

    private Response step(Ctx c, Supplier<CareerPlan> change) {
        try {
            return ok(change.get(), c.launch);
        } catch (PlanRefused refused) {
            LOG.warnf("Career plan change refused: %s", refused.reason());
            return refused(refused.reason(), c.launch);
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException clash) {
            LOG.warn("Career plan change refused: PLAN_CHANGED_MEANWHILE");
            return refused("PLAN_CHANGED_MEANWHILE", c.launch);
        }
    }

    private Response ok(CareerPlan plan, LaunchContext launch) {
        return Response.ok(state(plan, launch).build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    static Response refused(String reason, LaunchContext launch) {
        String message = PageMessages.text(CareerPlanActivity.BUNDLE, launch.locale(), "refused." + reason);
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("code", reason).add("message", message).build().toString())
                .build();
    }

    /** The body as text, or null when it is larger than any section may be. */
    private static String text(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A form body as its fields (the first of each name), or null when too large. */
    static Map<String, String> form(InputStream body) throws IOException {
        String text = text(body);
        if (text == null) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                return Map.of();
            }
        }
        return fields;
    }

    /** An ISO date ({@code 2026-12-11}, as a date field sends it), or null. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Ctx context(String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedPlan placed = placements.openToWrite(placementId, launch).orElseThrow(NotFoundException::new);
        return new Ctx(launch, placed);
    }

    private record Ctx(LaunchContext launch, PlacedPlan placed) {
    }
}
