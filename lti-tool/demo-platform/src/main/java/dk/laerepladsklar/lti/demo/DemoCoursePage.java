package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The demo LMS's course page ({@code <issuer>?course=<id>&lang=da|en}, the hand-made course by default):
 * pick a person and launch the tool in an iframe, the way Moodle embeds it; as the teacher, choose content
 * with Deep Linking; launch the links placed that way. Every launch goes through the LMS's own launch step,
 * which posts the login initiation to the tool.
 */
@Path("demo-lms")
public class DemoCoursePage {

    /** The launch step's {@code message} for a submission review (the gradebook's "open the student's work"). */
    static final String SUBMISSION_REVIEW = "review";
    /** The launch step's {@code message} for a Deep Linking request (the "Vælg indhold" button). */
    static final String DEEP_LINKING = "deep-linking";

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoPages pages;
    @Inject
    DemoToolClients clients;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoAgsMode agsMode;
    @Context
    UriInfo uriInfo;

    /** {@code ?frame=no-camera}: the tool frame grants no camera and microphone, as a platform that does not. */
    static final String NO_CAMERA = "no-camera";

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("lang") String lang, @QueryParam("course") String courseId,
                         @QueryParam("placed") String placed, @QueryParam("frame") String frame) {
        DemoMode.require();
        platform.ensureRegistered(uriInfo.getBaseUri());
        Locale locale = DemoPages.locale(lang);
        DemoCourse course = courseId == null || courseId.isBlank() ? directory.mainCourse()
                : directory.course(courseId).orElse(null);
        if (course == null) {
            return pages.error("auth.error.user", locale, null);
        }
        String issuer = platform.issuer(uriInfo.getBaseUri());
        DemoCourseView view = new DemoCourseView(pages.text(locale), locale, issuer, course);
        Integer placedCount = null;
        try {
            placedCount = placed == null ? null : Integer.valueOf(placed);
        } catch (NumberFormatException e) {
            // not from a Deep Linking return: no notice
        }
        String html = view.render(clients.builtIn(uriInfo.getBaseUri()), clients.registered(),
                gradebook.links(course.id()), gradebook.lineItems(course.id()), agsMode, placedCount,
                platform.toolBase(uriInfo.getBaseUri()) + "/api/lti/register", !NO_CAMERA.equals(frame));
        return DemoPages.html(200, html);
    }

    /**
     * The LMS's launch step (Moodle's launch.php): posts the OIDC login initiation to the tool.
     *
     * @param message {@value #DEEP_LINKING} for a Deep Linking request (the user defaults to the teacher)
     * @param link    a placed link to launch (form field, or query parameter from the link's buttons); the
     *                link's own tool is used
     */
    @POST
    @Path("launch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("course") String courseId, @FormParam("user") String userId,
                           @FormParam("locale") String locale, @FormParam("names") String names,
                           @FormParam("client") String clientId, @FormParam("storage") String storage,
                           @FormParam("message") String message, @FormParam("link") String formLink,
                           @QueryParam("link") String queryLink, @FormParam("for") String forUser,
                           @FormParam("column") String column) {
        DemoMode.require();
        platform.ensureRegistered(uriInfo.getBaseUri());
        DemoCourse course = directory.course(courseId).orElse(null);
        if (course == null) {
            return pages.error("auth.error.user");
        }
        boolean deepLinking = DEEP_LINKING.equals(message) || LtiClaims.DEEP_LINKING_REQUEST.equals(message);
        if (SUBMISSION_REVIEW.equals(message) || LtiClaims.SUBMISSION_REVIEW_REQUEST.equals(message)) {
            return reviewLaunch(course, userId, locale, names, forUser, column);
        }
        String user = deepLinking && (userId == null || userId.isBlank()) ? course.teacher().id() : userId;
        DemoPerson person = directory.person(course, user).orElse(null);
        if (person == null) {
            return pages.error("auth.error.user");
        }
        String linkId = formLink != null && !formLink.isBlank() ? formLink : queryLink;
        DemoResourceLink link = null;
        if (linkId != null && !linkId.isBlank() && !deepLinking) {
            link = gradebook.link(course.id(), linkId).orElse(null);
            if (link == null) {
                return pages.error("auth.error.link");
            }
        }
        String chosen = link != null ? link.clientId() : clientId == null || clientId.isBlank() ? DemoPlatform.CLIENT_ID : clientId;
        DemoToolClient client = clients.find(chosen, uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return pages.error("auth.error.client");
        }
        if (deepLinking && (!person.teacher() || client.deepLinkingUri() == null)) {
            return pages.error("auth.error.deepLinking");
        }
        String language = "en".equals(locale) ? "en" : "da";
        LaunchRequestHint hint = new LaunchRequestHint(course.id(), language, "1".equals(names),
                deepLinking ? LtiClaims.DEEP_LINKING_REQUEST : LtiClaims.RESOURCE_LINK_REQUEST,
                link == null ? null : link.id());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer(uriInfo.getBaseUri()));
        fields.put("target_link_uri", deepLinking ? client.deepLinkingUri() : client.targetLinkUri());
        fields.put("login_hint", person.id());
        fields.put("lti_message_hint", hint.encode());
        fields.put("client_id", client.clientId());
        fields.put("lti_deployment_id", client.deploymentId());
        if ("1".equals(storage)) {
            fields.put("lti_storage_target", "_parent");
        }
        return pages.autoPost(client.loginUri(), fields, Locale.forLanguageTag(language));
    }

    /**
     * The gradebook's "open the student's work" (LTI Submission Review): the login initiation for a review of the
     * work of {@code forUser} in column {@code column}, launched as {@code userId} (the teacher by default). The
     * column's own tool is used, and its review URL, if it gave one, is the target.
     */
    private Response reviewLaunch(DemoCourse course, String userId, String locale, String names, String forUser,
                                  String columnNumber) {
        DemoPerson person = directory.person(course, userId == null || userId.isBlank() ? course.teacher().id() : userId)
                .orElse(null);
        DemoPerson student = forUser == null ? null : directory.person(course, forUser).orElse(null);
        DemoLineItem column;
        try {
            column = columnNumber == null ? null : gradebook.lineItem(course.id(), Integer.parseInt(columnNumber)).orElse(null);
        } catch (NumberFormatException e) {
            column = null;
        }
        if (person == null || student == null || column == null) {
            return pages.error("auth.error.review");
        }
        DemoToolClient client = clients.find(column.clientId(), uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return pages.error("auth.error.client");
        }
        String language = "en".equals(locale) ? "en" : "da";
        LaunchRequestHint hint = new LaunchRequestHint(course.id(), language, !"0".equals(names),
                LtiClaims.SUBMISSION_REVIEW_REQUEST, null, student.id(), column.number());
        DemoSubmissionReview review = column.submissionReview();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer(uriInfo.getBaseUri()));
        fields.put("target_link_uri", review != null && review.url() != null ? review.url() : client.targetLinkUri());
        fields.put("login_hint", person.id());
        fields.put("lti_message_hint", hint.encode());
        fields.put("client_id", client.clientId());
        fields.put("lti_deployment_id", client.deploymentId());
        return pages.autoPost(client.loginUri(), fields, Locale.forLanguageTag(language));
    }
}
