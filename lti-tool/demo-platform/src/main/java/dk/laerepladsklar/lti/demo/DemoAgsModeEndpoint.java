package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The failure switch ({@link DemoAgsMode}): {@code POST <issuer>/ags-mode} with form fields {@code mode}
 * ({@code normal}, {@code down}, {@code conflict}, {@code reject}) and optionally {@code users} (ids separated
 * by commas or spaces), {@code delay} (milliseconds) and {@code services} ({@code all}, {@code grade-sync-only},
 * {@code no-scores}). A caller that accepts JSON gets the new state as JSON; the demo page's form is sent
 * back to the course page. {@code GET <issuer>/ags-mode} shows the state.
 */
@Path("demo-lms/ags-mode")
public class DemoAgsModeEndpoint {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoAgsMode mode;
    @Context
    UriInfo uriInfo;

    @GET
    public Response state() {
        DemoMode.require();
        return Response.ok(JSONObjectUtils.toJSONString(mode.toJson())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("mode") String newMode, @FormParam("users") String users,
                           @FormParam("delay") String delay, @FormParam("services") String services,
                           @FormParam("course") String course, @FormParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DemoMode.require();
        try {
            mode.set(newMode, users, delay, services);
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity(e.getMessage()).build();
        }
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return state();
        }
        String page = platform.issuer(uriInfo.getBaseUri()) + "?lang=" + ("en".equals(lang) ? "en" : "da")
                + (course == null || course.isBlank() ? "" : "&course=" + URLEncoder.encode(course, StandardCharsets.UTF_8));
        return Response.seeOther(URI.create(page)).build();
    }
}
