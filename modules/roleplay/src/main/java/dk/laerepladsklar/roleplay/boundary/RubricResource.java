package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.control.RubricEdits;
import dk.laerepladsklar.roleplay.control.RubricRefused;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Scenario;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Where the rubric page's forms go (post, redirect, get): {@code POST …/{placement}} with, per criterion of the
 * scenario, {@code keep.<criterion>} (present to keep it), {@code title.<criterion>}, and per level (1, 2, …)
 * {@code description.<criterion>.<n>} and {@code points.<criterion>.<n>}; and {@code …/{placement}/reset}. Each answers
 * with a redirect back to the page with {@code &saved=1} or {@code &refused=<REASON>} (nothing changed then). A
 * placement the launch does not teach (a student, a mentor, another course's) is 404. A form field for a criterion the
 * scenario does not have is refused, not ignored: the teacher then knows their page is out of date.
 */
@Path("roleplay/rubrics")
@RequestScoped
public class RubricResource {

    public static final String PATH = "/api/roleplay/rubrics/";
    /** Well above the largest honest form (every text at its longest, every letter escaped). */
    static final int MAX_BODY = 200 * 1024;
    private static final Logger LOG = Logger.getLogger(RubricResource.class);

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    PlacementRubrics rubrics;
    @Inject
    RolePlays rolePlays;
    @Context
    HttpServletRequest request;

    @POST
    @Path("{placement}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToTeach(placementId, launch).orElseThrow(NotFoundException::new);
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return back(placed, launch, RubricRefused.Reason.TEXT_EMPTY_OR_TOO_LONG.name());
        }
        Map<String, String> form = PracticeResource.fields(new String(bytes, StandardCharsets.US_ASCII));
        try {
            rubrics.save(placed, launch, edits(rolePlays.scenario(placed.scenarioKey(), launch.locale()).orElseThrow(), form));
            return back(placed, launch, null);
        } catch (RubricRefused refused) {
            LOG.warnf("Role-play rubric change refused: %s", refused.reason());
            return back(placed, launch, refused.reason().name());
        }
    }

    @POST
    @Path("{placement}/reset")
    public Response reset(@PathParam("placement") String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToTeach(placementId, launch).orElseThrow(NotFoundException::new);
        try {
            rubrics.reset(placed, launch);
            return back(placed, launch, null);
        } catch (RubricRefused refused) {
            LOG.warnf("Role-play rubric reset refused: %s", refused.reason());
            return back(placed, launch, refused.reason().name());
        }
    }

    /** The form as edits of the scenario's criteria; a field naming another criterion makes an unknown one. */
    static List<RubricEdits.CriterionEdit> edits(Scenario scenario, Map<String, String> form) {
        List<RubricEdits.CriterionEdit> edits = new ArrayList<>();
        for (Criterion criterion : scenario.rubric().criteria()) {
            if (!form.containsKey("keep." + criterion.id())) {
                continue;
            }
            List<RubricEdits.LevelEdit> levels = new ArrayList<>();
            for (int n = 1; form.containsKey("description." + criterion.id() + "." + n)
                    || form.containsKey("points." + criterion.id() + "." + n); n++) {
                levels.add(new RubricEdits.LevelEdit(form.get("description." + criterion.id() + "." + n),
                        AttemptResource.points(form.getOrDefault("points." + criterion.id() + "." + n, ""))));
            }
            edits.add(new RubricEdits.CriterionEdit(criterion.id(), form.get("title." + criterion.id()), levels));
        }
        for (String field : form.keySet()) {
            int dot = field.indexOf('.');
            String criterion = dot < 0 ? null : field.substring(dot + 1).replaceAll("\\..*", "");
            if (dot > 0 && scenario.rubric().criteria().stream().noneMatch(c -> c.id().equals(criterion))) {
                edits.add(new RubricEdits.CriterionEdit(criterion, null, List.of()));
            }
        }
        return edits;
    }

    private Response back(PlacedRolePlay placed, LaunchContext launch, String refused) {
        String page = request.getContextPath() + RolePlays.RUBRIC_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "="
                + placed.placementId();
        String address = SignedInUser.withContext(page, launch.id()) + (refused == null ? "&saved=1" : "&refused=" + refused);
        return Response.status(Response.Status.SEE_OTHER).header("Location", address)
                .header("Cache-Control", "no-store").build();
    }
}
