package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.control.ScenarioPackReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/**
 * The voices of the other person's lines: {@code GET …/pack/<language>/voices/<file>} streams a voice the scenario pack
 * ships (only a file some scenario names; a sound, {@code nosniff}), and {@code POST …/<placement>/<line>/remove} takes a
 * teacher's voice of a line away (back to the pack's voice, or read-aloud), answering with a redirect to the voices page.
 * Uploads go to the media store ({@link Voices}).
 */
@Path("roleplay/voices")
@RequestScoped
public class VoiceResource {

    public static final String PATH = "/api/roleplay/voices/";
    public static final String PACK_PATH = PATH + "pack/";

    @Inject
    SignedInUser user;
    @Inject
    Scenarios scenarios;
    @Inject
    RolePlayPlacements placements;
    @Inject
    Voices voices;
    @Context
    HttpServletRequest request;

    @GET
    @Path("pack/{language: [a-z]{2}}/voices/{file: [a-z0-9][a-z0-9-]{0,80}\\.(ogg|webm|m4a|mp3|wav)}")
    public Response packVoice(@PathParam("language") String language, @PathParam("file") String file) {
        String path = language + "/voices/" + file;
        if (!scenarios.isVoice(path)) {
            throw new NotFoundException();
        }
        StreamingOutput body = out -> {
            try (InputStream in = VoiceResource.class.getClassLoader()
                    .getResourceAsStream(ScenarioPackReader.CLASSPATH_ROOT + path)) {
                if (in != null) {
                    in.transferTo(out);
                }
            }
        };
        return Response.ok(body, type(file)).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @POST
    @Path("{placement}/{line}/remove")
    public Response remove(@PathParam("placement") String placementId, @PathParam("line") String lineId) {
        LaunchContext launch = user.context().orElseThrow(NotFoundException::new);
        PlacedRolePlay placed = placements.openToTeach(placementId, launch).orElseThrow(NotFoundException::new);
        boolean removed = voices.remove(placed, lineId);
        String page = request.getContextPath() + RolePlays.VOICES_PAGE + "?" + RolePlays.PLACEMENT_PARAMETER + "="
                + placed.placementId();
        return Response.status(Response.Status.SEE_OTHER).header("Location", SignedInUser.withContext(page, launch.id())
                + (removed ? "&removed=1" : "&refused=VOICE_NOT_FOUND")).header("Cache-Control", "no-store").build();
    }

    static String type(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return switch (extension) {
            case "ogg" -> "audio/ogg";
            case "webm" -> "audio/webm";
            case "m4a" -> "audio/mp4";
            case "mp3" -> "audio/mpeg";
            default -> "audio/wav";
        };
    }
}
