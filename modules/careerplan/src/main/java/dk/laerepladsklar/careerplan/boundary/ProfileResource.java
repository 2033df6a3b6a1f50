package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.control.ProfilePdf;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.PlanRefused;
import dk.laerepladsklar.careerplan.entity.ProfileContent;
import dk.laerepladsklar.careerplan.entity.ProfileLink;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.share.ToolAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Where the profile page's forms go (post, redirect, get), all on the student's own profile opened from a placed
 * career plan: {@code POST /api/careerplan/profile/{placement}} with the profile's words ({@code name}, {@code trade},
 * {@code area}, {@code contact}, {@code strength1..3} and {@code example1..3}), {@code …/publish}, {@code …/withdraw},
 * {@code …/work/remove}, {@code …/links} (optional {@code days}, 30 unless chosen) and {@code …/links/{id}/revoke}.
 * Each answers with a redirect back to the page, with {@code &refused=<REASON>} when the step was not allowed (the
 * page says why in the student's language) or {@code &done=<what>}. A placement the launch may not write in, or a
 * link not of their profile, is 404. {@code GET …/{placement}} answers the profile and its links as JSON, and
 * {@code GET …/{placement}/pdf?lang=da|en} the profile as a PDF.
 */
@Path("careerplan/profile/{placement}")
@RequestScoped
public class ProfileResource {

    public static final String PATH = "/api/careerplan/profile/";
    /** The session attribute (per profile) that holds a new link's address until the page has shown it once. */
    public static final String NEW_LINK = "lpk.careerplan.newProfileLink.";
    /** The session attribute (per placement) that holds the words of a refused form until the page has shown them. */
    public static final String TYPED = "lpk.careerplan.typedProfile.";
    /** The form's fields, kept when the words are refused so the student loses nothing. */
    static final List<String> FIELDS = List.of("name", "trade", "area", "contact", "strength1", "example1", "strength2",
            "example2", "strength3", "example3");
    private static final Logger LOG = Logger.getLogger(ProfileResource.class);

    @Inject
    SignedInUser user;
    @Inject
    PlanPlacements placements;
    @Inject
    CareerProfiles profiles;
    @Inject
    ProfileLinks links;
    @Inject
    MediaStore media;
    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response show(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        CareerProfile profile = profiles.open(c.placed, c.launch);
        Instant now = Instant.now();
        JsonArrayBuilder strengths = Json.createArrayBuilder();
        profile.getStrengths().forEach(s -> strengths.add(Json.createObjectBuilder()
                .add("strength", s.getStrength()).add("example", s.getExample())));
        JsonArrayBuilder linkArray = Json.createArrayBuilder();
        for (ProfileLink l : profiles.links(profile)) {
            linkArray.add(Json.createObjectBuilder().add("id", l.getId().toString())
                    .add("state", l.state(now).name()).add("views", l.getViewCount())
                    .add("expiresAt", l.getExpiresAt().toString()));
        }
        String json = Json.createObjectBuilder()
                .add("published", profile.isPublished())
                .add("name", profile.getShownName())
                .add("trade", profile.getTrade())
                .add("area", profile.getArea())
                .add("contact", profile.getContact())
                .add("strengths", strengths)
                .add("work", profile.getWorkMediaId() == null ? "" : profile.getWorkMediaId().toString())
                .add("links", linkArray)
                .build().toString();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = PlanResource.form(body);
        if (form == null) {
            return back(c, "refused=PROFILE_FIELD_TOO_LONG");
        }
        List<ProfileContent.Strength> strengths = new ArrayList<>();
        for (int i = 1; i <= CareerProfile.MAX_STRENGTHS + 1; i++) {
            strengths.add(new ProfileContent.Strength(form.get("strength" + i), form.get("example" + i)));
        }
        ProfileContent content = new ProfileContent(form.get("name"), strengths, form.get("trade"), form.get("area"),
                form.get("contact"));
        Response answer = step(c, "saved", () -> profiles.edit(c.placed, c.launch, content));
        if (String.valueOf(answer.getHeaderString("Location")).contains("&refused=")) {
            // the page shows the words again with the reason: nothing the student wrote is lost
            java.util.HashMap<String, String> typed = new java.util.HashMap<>();
            FIELDS.forEach(f -> typed.put(f, form.getOrDefault(f, "")));
            request.getSession().setAttribute(TYPED + c.placed.placementId(), typed);
        }
        return answer;
    }

    @POST
    @Path("publish")
    public Response publish(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return step(c, "published", () -> profiles.publish(c.placed, c.launch));
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return step(c, "withdrawn", () -> profiles.withdraw(c.placed, c.launch));
    }

    @POST
    @Path("work/remove")
    public Response removeWork(@PathParam("placement") String placementId) {
        Ctx c = context(placementId);
        return step(c, "work-removed", () -> profiles.removeWork(c.placed, c.launch));
    }

    /** A new link; its address is shown once on the page (kept in the session until then, never in a URL). */
    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createLink(@PathParam("placement") String placementId, InputStream body) throws IOException {
        Ctx c = context(placementId);
        Map<String, String> form = PlanResource.form(body);
        String days = form == null ? null : form.get("days");
        int lifetime;
        if (days == null || days.isBlank()) {
            lifetime = (int) ProfileLink.LIFETIME.toDays();
        } else if (days.strip().matches("\\d{1,3}")) {
            lifetime = Integer.parseInt(days.strip());
        } else {
            return back(c, "refused=PROFILE_LINK_DAYS_OUT_OF_RANGE");
        }
        try {
            ProfileLinks.NewLink link = links.create(c.placed, c.launch, lifetime);
            String address = ToolAddress.base(request.getScheme(), request.getServerName(), request.getServerPort(),
                    request.getContextPath()) + SharedProfileServlet.PATH + "/" + link.secret();
            request.getSession().setAttribute(NEW_LINK + link.link().getProfileId(), address);
            return back(c, "done=link#links");
        } catch (PlanRefused refused) {
            return back(c, "refused=" + refused.reason());
        }
    }

    @POST
    @Path("links/{link}/revoke")
    public Response revokeLink(@PathParam("placement") String placementId, @PathParam("link") String linkId) {
        Ctx c = context(placementId);
        if (!links.revoke(c.placed, c.launch, linkId)) {
            throw new NotFoundException();
        }
        return back(c, "done=revoked#links");
    }

    @GET
    @Path("pdf")
    public Response pdf(@PathParam("placement") String placementId, @QueryParam("lang") String lang) {
        Ctx c = context(placementId);
        Optional<Locale> locale = PdfAnswers.language(lang, c.launch);
        if (locale.isEmpty()) {
            return PdfAnswers.badLanguage(c.launch);
        }
        CareerProfile profile = profiles.open(c.placed, c.launch);
        byte[] pdf = ProfilePdf.render(profile, photo(profile), LocalDate.now(PlanResource.SCHOOL_ZONE), locale.get());
        return PdfAnswers.download(pdf, PageMessages.text(CareerPlanActivity.BUNDLE, locale.get(), "profile.pdf.file"));
    }

    /** The photo of the work, when it is one the PDF can hold (a JPEG or PNG of at most 8 MB); else the PDF says so. */
    private ProfilePdf.Photo photo(CareerProfile profile) {
        if (profile.getWorkMediaId() == null) {
            return null;
        }
        Optional<MediaItem> item = media.find(profile.getWorkMediaId()).filter(i -> i.kind() == MediaKind.IMAGE)
                .filter(i -> ProfilePdf.PHOTO_TYPES.contains(i.contentType()) && i.size() <= ProfilePdf.MAX_PHOTO);
        if (item.isEmpty()) {
            return null;
        }
        try (InputStream in = media.open(item.get(), 0, item.get().size())) {
            return new ProfilePdf.Photo(in.readNBytes((int) ProfilePdf.MAX_PHOTO), item.get().contentType());
        } catch (IOException e) {
            LOG.warnf("PROFILE_PDF_PHOTO_UNREADABLE: %s", e.getMessage());
            return null;
        }
    }

    private Response step(Ctx c, String done, Supplier<CareerProfile> change) {
        try {
            change.get();
            return back(c, "done=" + done);
        } catch (PlanRefused refused) {
            LOG.warnf("Profile change refused: %s", refused.reason());
            return back(c, "refused=" + refused.reason());
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException clash) {
            LOG.warn("Profile change refused: PLAN_CHANGED_MEANWHILE");
            return back(c, "refused=PLAN_CHANGED_MEANWHILE");
        }
    }

    private Response back(Ctx c, String then) {
        String page = request.getContextPath() + CareerProfiles.PAGE + "?"
                + CareerPlanActivity.PLACEMENT_PARAMETER + "=" + c.placed.placementId();
        String address = SignedInUser.withContext(page, c.launch.id()) + "&" + then;
        return Response.status(Response.Status.SEE_OTHER).header("Location", address)
                .header("Cache-Control", "no-store").build();
    }

    private Ctx context(String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedPlan placed = placements.openToWrite(placementId, launch).orElseThrow(NotFoundException::new);
        return new Ctx(launch, placed);
    }

    private record Ctx(LaunchContext launch, PlacedPlan placed) {
    }
}
