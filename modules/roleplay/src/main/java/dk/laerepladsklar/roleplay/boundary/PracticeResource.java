package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.control.MoveRefused;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Where the practice page's forms go: {@code POST /api/roleplay/practice/{placement}/answer?lc=…} with the node the page
 * showed and the answer picked (or {@code own} and the typed words), and {@code …/again} for a new try. Each answers
 * with a redirect back to the page (303), which then shows the other person's reaction. A page out of date (a second
 * tab, the back button) is sent back to where the walk is, with a note; a node or answer the conversation does not
 * offer there is a 400 with its reason; a placement the launch may not practise looks missing (404).
 */
@Path("roleplay")
@RequestScoped
public class PracticeResource {

    public static final String PATH = "/api/roleplay/";
    private static final Logger LOG = Logger.getLogger(PracticeResource.class);
    /** An answer's form: a node, an answer and at most 500 typed characters, each up to 9 bytes escaped. */
    static final int MAX_FORM = 16 * 1024;

    @Inject
    SignedInUser user;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Practices practices;
    @Context
    HttpServletRequest request;

    @POST
    @Path("practice/{placement}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("placement") String placementId, InputStream body) throws IOException {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToPractise(placementId, launch).orElseThrow(NotFoundException::new);
        byte[] bytes = body.readNBytes(MAX_FORM + 1);
        if (bytes.length > MAX_FORM) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        Map<String, String> form = fields(new String(bytes, StandardCharsets.US_ASCII));
        String node = form.get("node");
        String answer = form.get("answer");
        String text = form.get("text");
        try {
            practices.answer(placed, launch, node, answer, text);
            return backTo(placed, launch, "#now");
        } catch (MoveRefused refused) {
            LOG.warnf("Practice move refused: %s", refused.reason());
            if (refused.isStale()) {
                return backTo(placed, launch, "&moved=1#now");
            }
            if (refused.reason() == MoveRefused.Reason.OWN_ANSWER_EMPTY_OR_TOO_LONG) {
                return backTo(placed, launch, "&typed=empty#own-text");
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .header("Cache-Control", "no-store").entity(refused.reason().name()).build();
        }
    }

    @POST
    @Path("practice/{placement}/again")
    public Response again(@PathParam("placement") String placementId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToPractise(placementId, launch).orElseThrow(NotFoundException::new);
        practices.restart(placed, launch);
        return backTo(placed, launch, "#now");
    }

    /**
     * The form's fields, decoded as UTF-8: browsers send a form in the page's encoding (UTF-8) without saying so, and
     * the server would otherwise read them as ISO-8859-1 ("pÃ¥" for "på"). The first value of a name counts.
     */
    static Map<String, String> fields(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (pair.isEmpty() || eq == 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // a broken escape: the field is left out, and the move is refused for what is missing
            }
        }
        return fields;
    }

    /** The practice page of this launch, as a redirect a browser follows with GET. */
    private Response backTo(PlacedRolePlay placed, LaunchContext launch, String tail) {
        String page = request.getContextPath() + RolePlays.PRACTICE_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "="
                + placed.placementId();
        String address = SignedInUser.withContext(page, launch.id());
        int hash = tail.indexOf('#');
        String query = hash < 0 ? tail : tail.substring(0, hash);
        String fragment = hash < 0 ? "" : tail.substring(hash);
        // a Location header as it is: seeOther() would resolve it against the REST base (/api/...)
        return Response.status(Response.Status.SEE_OTHER).header("Location", address + query + fragment)
                .header("Cache-Control", "no-store").build();
    }
}
