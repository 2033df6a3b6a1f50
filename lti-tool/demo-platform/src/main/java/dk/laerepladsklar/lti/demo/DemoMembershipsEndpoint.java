package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NRPS ({@code GET <issuer>/courses/<course>/memberships}, scope {@code contextmembership.readonly}): pages of
 * {@code limit} members (50 by default, as Canvas), from {@code from}, with a {@code Link: <...>; rel="next"}
 * header on all but the last page; {@code role} filters. Also the demo admin's
 * {@code POST <issuer>/courses/<course>/size} (form field {@code students}) that sets a generated course's size.
 */
@Path("demo-lms/courses/{course}")
public class DemoMembershipsEndpoint {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoServiceAccess access;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("memberships")
    @DemoCounted("memberships")
    public Response memberships(@PathParam("course") String courseId,
                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @QueryParam("limit") String limit, @QueryParam("from") String from,
                                @QueryParam("role") String role) {
        access.require(authorization, LtiClaims.SCOPE_NRPS);
        DemoCourse course = DemoLineItemsEndpoint.course(directory, courseId);
        String url = platform.issuer(uriInfo.getBaseUri()) + "/courses/" + course.id() + "/memberships";
        DemoPaging.Page<Map<String, Object>> page = DemoPaging.page(DemoMemberships.members(course, role), limit, from,
                DemoMemberships.DEFAULT_LIMIT);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("role", role);
        String next = DemoPaging.nextLink(url, filters, page);
        Response.ResponseBuilder response = DemoJson.ok(200, DemoMemberships.MEDIA_TYPE,
                DemoMemberships.container(url, course, page.items()));
        return (next == null ? response : response.header("Link", next)).build();
    }

    @POST
    @Path("size")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resize(@PathParam("course") String courseId, @FormParam("students") String students) {
        DemoMode.require();
        try {
            directory.resize(courseId, Integer.parseInt(students == null ? "" : students.trim()));
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("invalid_size").build();
        }
        return Response.ok(JSONObjectUtils.toJSONString(Map.of("course", courseId, "students",
                directory.course(courseId).map(c -> c.students().size()).orElse(0))))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
