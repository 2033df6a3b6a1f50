package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line items service of AGS, as Moodle's: a tool sees and changes only its own columns; reading needs
 * {@code lineitem} or {@code lineitem.readonly}, changing needs {@code lineitem}, results need
 * {@code result.readonly}. A wrong Content-Type is a 400, a column of another tool a 403.
 */
@Path("demo-lms/courses/{course}/lineitems")
public class DemoLineItemsEndpoint {

    static final String RESULTS_MEDIA_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoServiceAccess access;
    @Context
    UriInfo uriInfo;

    @GET
    @DemoCounted("lineitems")
    public Response list(@PathParam("course") String courseId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("resource_link_id") String linkId, @QueryParam("resource_id") String resourceId,
                         @QueryParam("tag") String tag, @QueryParam("limit") String limit, @QueryParam("from") String from) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY);
        DemoCourse course = course(courseId);
        String issuer = issuer();
        List<DemoLineItem> items = gradebook.lineItems(course.id()).stream()
                .filter(i -> i.clientId().equals(grant.clientId()))
                .filter(i -> linkId == null || linkId.equals(i.resourceLinkId()))
                .filter(i -> resourceId == null || resourceId.equals(i.resourceId()))
                .filter(i -> tag == null || tag.equals(i.tag())).toList();
        DemoPaging.Page<DemoLineItem> page = DemoPaging.page(items, limit, from, 0);
        List<Map<String, Object>> json = new ArrayList<>();
        page.items().forEach(i -> json.add(i.toJson(issuer)));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("resource_link_id", linkId);
        filters.put("resource_id", resourceId);
        filters.put("tag", tag);
        String next = DemoPaging.nextLink(issuer + "/courses/" + course.id() + "/lineitems", filters, page);
        Response.ResponseBuilder response = DemoJson.ok(200, DemoLineItem.CONTAINER_MEDIA_TYPE, json);
        return (next == null ? response : response.header("Link", next)).build();
    }

    @Inject
    DemoAgsMode agsMode;

    @POST
    @Consumes(MediaType.WILDCARD)
    @DemoCounted("lineitems")
    public Response create(@PathParam("course") String courseId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_LINEITEM);
        DemoCourse course = course(courseId);
        DemoLineItem fields = read(contentType, body);
        checkLink(course, fields.resourceLinkId(), grant.clientId());
        agsMode.delay();
        DemoLineItem item = gradebook.addLineItem(course.id(), grant.clientId(), fields);
        return DemoJson.ok(201, DemoLineItem.MEDIA_TYPE, item.toJson(issuer())).build();
    }

    @GET
    @Path("{n}")
    @DemoCounted("lineitem")
    public Response get(@PathParam("course") String courseId, @PathParam("n") String number,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY);
        DemoLineItem item = ownLineItem(course(courseId), number, grant);
        return DemoJson.ok(200, DemoLineItem.MEDIA_TYPE, item.toJson(issuer())).build();
    }

    @PUT
    @Path("{n}")
    @Consumes(MediaType.WILDCARD)
    @DemoCounted("lineitem")
    public Response replace(@PathParam("course") String courseId, @PathParam("n") String number,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_LINEITEM);
        DemoCourse course = course(courseId);
        DemoLineItem item = ownLineItem(course, number, grant);
        DemoLineItem fields = read(contentType, body);
        checkLink(course, fields.resourceLinkId(), grant.clientId());
        DemoLineItem replaced = gradebook.replaceLineItem(course.id(), item.number(), fields)
                .orElseThrow(() -> DemoServiceAccess.plain(404, "line_item_not_found"));
        return DemoJson.ok(200, DemoLineItem.MEDIA_TYPE, replaced.toJson(issuer())).build();
    }

    @DELETE
    @Path("{n}")
    @DemoCounted("lineitem")
    public Response delete(@PathParam("course") String courseId, @PathParam("n") String number,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_LINEITEM);
        DemoCourse course = course(courseId);
        DemoLineItem item = ownLineItem(course, number, grant);
        gradebook.deleteLineItem(course.id(), item.number());
        return Response.noContent().build();
    }

    @GET
    @Path("{n}/results")
    @DemoCounted("results")
    public Response results(@PathParam("course") String courseId, @PathParam("n") String number,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @QueryParam("user_id") String userId, @QueryParam("limit") String limit,
                            @QueryParam("from") String from) {
        DemoAccessTokens.Grant grant = access.require(authorization, LtiClaims.SCOPE_RESULT_READONLY);
        DemoCourse course = course(courseId);
        DemoLineItem item = ownLineItem(course, number, grant);
        String issuer = issuer();
        List<Map<String, Object>> results = new ArrayList<>();
        gradebook.grades(course.id(), item.number()).values().stream()
                .filter(g -> userId == null || userId.equals(g.userId()))
                .forEach(g -> results.add(result(issuer, item, g)));
        DemoPaging.Page<Map<String, Object>> page = DemoPaging.page(results, limit, from, 0);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("user_id", userId);
        String next = DemoPaging.nextLink(issuer + item.path() + "/results", filters, page);
        Response.ResponseBuilder response = DemoJson.ok(200, RESULTS_MEDIA_TYPE, page.items());
        return (next == null ? response : response.header("Link", next)).build();
    }

    private static Map<String, Object> result(String issuer, DemoLineItem item, DemoGrade grade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", issuer + item.path() + "/results/" + grade.userId());
        json.put("scoreOf", item.url(issuer));
        json.put("userId", grade.userId());
        if (grade.value() != null) {
            json.put("resultScore", grade.value());
        }
        json.put("resultMaximum", item.scoreMaximum());
        if (grade.comment() != null) {
            json.put("comment", grade.comment());
        }
        json.put("timestamp", grade.timestamp().toString());
        return json;
    }

    private DemoLineItem read(String contentType, String body) {
        if (!DemoJson.isType(contentType, DemoLineItem.MEDIA_TYPE)) {
            throw DemoServiceAccess.plain(400, "unsupported_content_type");
        }
        try {
            return DemoLineItem.read(DemoJson.object(body));
        } catch (IllegalArgumentException e) {
            throw DemoServiceAccess.plain(400, e.getMessage());
        }
    }

    /** A column may only be tied to a link of this course that the tool can be launched through (else 403). */
    private void checkLink(DemoCourse course, String linkId, String clientId) {
        if (linkId == null || linkId.equals(course.resourceLinkId())) {
            return;
        }
        boolean ownLink = gradebook.link(course.id(), linkId).map(l -> l.launchableBy(clientId)).orElse(false);
        if (!ownLink) {
            throw DemoServiceAccess.plain(403, "unknown_resource_link");
        }
    }

    private DemoLineItem ownLineItem(DemoCourse course, String number, DemoAccessTokens.Grant grant) {
        return ownLineItem(gradebook, course, number, grant);
    }

    /** The tool's own column: 404 when there is none, 403 when it belongs to another tool. */
    static DemoLineItem ownLineItem(DemoGradebook gradebook, DemoCourse course, String number, DemoAccessTokens.Grant grant) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw DemoServiceAccess.plain(404, "line_item_not_found");
        }
        DemoLineItem item = gradebook.lineItem(course.id(), n)
                .orElseThrow(() -> DemoServiceAccess.plain(404, "line_item_not_found"));
        if (!Objects.equals(item.clientId(), grant.clientId())) {
            throw DemoServiceAccess.plain(403, "line_item_of_another_tool");
        }
        return item;
    }

    private DemoCourse course(String courseId) {
        return course(directory, courseId);
    }

    static DemoCourse course(DemoDirectory directory, String courseId) {
        return directory.course(courseId).orElseThrow(() -> DemoServiceAccess.plain(404, "course_not_found"));
    }

    private String issuer() {
        return platform.issuer(uriInfo.getBaseUri());
    }
}
