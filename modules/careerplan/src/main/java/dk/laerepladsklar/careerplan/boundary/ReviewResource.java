package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Where the review and class pages' forms go (post, redirect, get, as the role-play's assessment): on one student's
 * plan {@code POST …/{placement}/students/{student}/comments} ({@code version}, {@code section} — a section's key, or
 * empty for the plan as a whole — and {@code text}), {@code …/changes} and {@code …/approve}; for the class
 * {@code POST …/{placement}/class-notes} ({@code section}, {@code text}) and {@code …/class-notes/{note}/remove}.
 * Each answers with a redirect back to its page, {@code &saved=<what>} or {@code &refused=<REASON>} (the plan and
 * everything else unchanged). A placement the launch may not follow, or a post without the launch's context (a
 * forged form from another site has none), is 404. Staff and mentors only (the page filter), and {@link PlanReviews}
 * decides whose plan.
 */
@Path("careerplan/reviews")
@RequestScoped
public class ReviewResource {

    public static final String PATH = CareerPlanPages.API + "reviews/";
    private static final Logger LOG = Logger.getLogger(ReviewResource.class);

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    PlanReviews reviews;
    @Context
    HttpServletRequest request;

    @POST
    @Path("{placement}/students/{student}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("placement") String placementId, @PathParam("student") String student,
                            InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = PlanResource.form(body);
        if (form == null) {
            return toReview(c, student, "refused=PLAN_COMMENT_TOO_LONG");
        }
        String sectionKey = form.getOrDefault("section", "");
        PlanSection section = sectionKey.isEmpty() ? null : PlanSection.byKey(sectionKey).orElse(null);
        if (!sectionKey.isEmpty() && section == null) {
            return refused(c, student, "PLAN_UNKNOWN_SECTION");
        }
        int version = number(form.get("version"));
        if (version < 1) {
            return refused(c, student, "PLAN_NOT_SENT");
        }
        return act(c, student, "comment", () -> reviews.comment(c.placed, c.launch, student, version, section,
                form.get("text")));
    }

    @POST
    @Path("{placement}/students/{student}/changes")
    public Response askForChanges(@PathParam("placement") String placementId, @PathParam("student") String student) {
        Ctx c = context(placementId);
        return act(c, student, "changes", () -> reviews.askForChanges(c.placed, c.launch, student));
    }

    @POST
    @Path("{placement}/students/{student}/approve")
    public Response approve(@PathParam("placement") String placementId, @PathParam("student") String student) {
        Ctx c = context(placementId);
        return act(c, student, "approved", () -> reviews.approve(c.placed, c.launch, student));
    }

    @POST
    @Path("{placement}/class-notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addClassNote(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = PlanResource.form(body);
        if (form == null) {
            return toClass(c, "refused=PLAN_COMMENT_TOO_LONG");
        }
        PlanSection section = PlanSection.byKey(form.getOrDefault("section", "")).orElse(null);
        if (section == null) {
            LOG.warn("Career plan class note refused: PLAN_UNKNOWN_SECTION");
            return toClass(c, "refused=PLAN_UNKNOWN_SECTION");
        }
        try {
            reviews.addClassNote(c.placed, c.launch, section, form.get("text"));
            return toClass(c, "saved=note#class-notes");
        } catch (PlanRefused refused) {
            LOG.warnf("Career plan class note refused: %s", refused.reason());
            return toClass(c, "refused=" + refused.reason());
        }
    }

    @POST
    @Path("{placement}/class-notes/{note}/remove")
    public Response removeClassNote(@PathParam("placement") String placementId, @PathParam("note") String noteId) {
        Ctx c = context(placementId);
        UUID id;
        try {
            id = UUID.fromString(noteId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (!reviews.removeClassNote(c.placed, c.launch, id)) {
            LOG.warn("Career plan class note not removed: PLAN_NOTE_NOT_FOUND");
            return toClass(c, "refused=PLAN_NOTE_NOT_FOUND");
        }
        return toClass(c, "saved=note-removed#class-notes");
    }

    private Response act(Ctx c, String student, String saved, Runnable step) {
        if (!StudentRef.isSubject(student)) {
            throw new NotFoundException();
        }
        try {
            step.run();
            return toReview(c, student, "saved=" + saved);
        } catch (PlanRefused refused) {
            return refused(c, student, refused.reason());
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException clash) {
            return refused(c, student, "PLAN_CHANGED_MEANWHILE");
        }
    }

    private Response refused(Ctx c, String student, String reason) {
        LOG.warnf("Career plan review refused: %s", reason);
        return toReview(c, student, "refused=" + reason);
    }

    private Response toReview(Ctx c, String student, String then) {
        return redirect(c, CareerPlanActivity.REVIEW_PAGE + "?" + CareerPlanActivity.PLACEMENT_PARAMETER + "="
                + c.placed.placementId() + "&" + CareerPlanActivity.STUDENT_PARAMETER + "="
                + URLEncoder.encode(student, StandardCharsets.UTF_8), then);
    }

    private Response toClass(Ctx c, String then) {
        return redirect(c, CareerPlanActivity.CLASS_PAGE + "?" + CareerPlanActivity.PLACEMENT_PARAMETER + "="
                + c.placed.placementId(), then);
    }

    private Response redirect(Ctx c, String page, String then) {
        String address = SignedInUser.withContext(request.getContextPath() + page, c.launch.id()) + "&" + then;
        return Response.status(Response.Status.SEE_OTHER).header("Location", address)
                .header("Cache-Control", "no-store").build();
    }

    /** A version number as the form sends it, or 0. */
    public static int number(String value) {
        if (value == null || value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Integer.parseInt(value);
    }

    private Ctx context(String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedPlan placed = placements.openToFollow(placementId, launch).orElseThrow(NotFoundException::new);
        return new Ctx(launch, placed);
    }

    private record Ctx(LaunchContext launch, PlacedPlan placed) {
    }
}
