package dk.laerepladsklar.lti.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Locale;

/**
 * The demo LMS's OIDC authorization endpoint. Like Moodle, it checks the request strictly (the redirect
 * URI must match exactly) and answers with a page that form-posts the signed id_token to the tool: a
 * resource link launch (of the course's default link or of a placed one) or, for a teacher, a Deep Linking
 * request, as the {@link LaunchRequestHint} says.
 */
@Path("demo-lms/auth")
public class DemoAuthorizationEndpoint {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoIdTokens idTokens;
    @Inject
    DemoPages pages;
    @Inject
    DemoToolClients clients;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoDeepLinkRequests deepLinkRequests;
    @Context
    UriInfo uriInfo;

    @GET
    public Response get(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
                        @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
                        @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                        @QueryParam("login_hint") String loginHint, @QueryParam("lti_message_hint") String messageHint,
                        @QueryParam("state") String state, @QueryParam("nonce") String nonce) {
        return authorize(scope, responseType, responseMode, prompt, clientId, redirectUri, loginHint, messageHint, state, nonce);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("scope") String scope, @FormParam("response_type") String responseType,
                         @FormParam("response_mode") String responseMode, @FormParam("prompt") String prompt,
                         @FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
                         @FormParam("login_hint") String loginHint, @FormParam("lti_message_hint") String messageHint,
                         @FormParam("state") String state, @FormParam("nonce") String nonce) {
        return authorize(scope, responseType, responseMode, prompt, clientId, redirectUri, loginHint, messageHint, state, nonce);
    }

    private Response authorize(String scope, String responseType, String responseMode, String prompt, String clientId,
                               String redirectUri, String loginHint, String messageHint, String state, String nonce) {
        DemoMode.require();
        if (!"openid".equals(scope) || !"id_token".equals(responseType) || !"form_post".equals(responseMode)
                || !"none".equals(prompt)) {
            return pages.error("auth.error.request");
        }
        DemoToolClient client = clients.find(clientId, uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return pages.error("auth.error.client");
        }
        if (!client.redirectUris().contains(redirectUri)) {
            return pages.error("auth.error.redirect");
        }
        if (state == null || state.isBlank() || nonce == null || nonce.isBlank()) {
            return pages.error("auth.error.request");
        }
        LaunchRequestHint hint = messageHint == null ? null : LaunchRequestHint.decode(messageHint);
        DemoCourse course = hint == null ? null : directory.course(hint.courseId()).orElse(null);
        DemoPerson person = course == null ? null : directory.person(course, loginHint).orElse(null);
        if (person == null) {
            return pages.error("auth.error.user");
        }
        String issuer = platform.issuer(uriInfo.getBaseUri());
        String idToken;
        if (hint.deepLinking()) {
            if (!person.teacher() || client.deepLinkingUri() == null) {
                return pages.error("auth.error.deepLinking");
            }
            String data = deepLinkRequests.open(client, course.id(), person.id(), hint.locale(), Instant.now());
            idToken = idTokens.deepLinkingRequest(issuer, client, course, person, hint, nonce, data);
        } else if (hint.submissionReview()) {
            // Any member of the course may send it here, a student too: the demo lets a test show that the tool,
            // not the LMS, refuses a review by someone who may not see that student's work.
            DemoLineItem column = gradebook.lineItem(course.id(), hint.column()).orElse(null);
            DemoPerson student = hint.forUser() == null ? null : directory.person(course, hint.forUser()).orElse(null);
            if (column == null || student == null || !column.clientId().equals(client.clientId())) {
                return pages.error("auth.error.review");
            }
            DemoResourceLink link = column.resourceLinkId() == null ? null
                    : gradebook.link(course.id(), column.resourceLinkId()).orElse(null);
            idToken = idTokens.submissionReviewRequest(issuer, client, course, person, student, hint, nonce, link, column);
        } else {
            DemoResourceLink link = hint.linkId() == null ? DemoResourceLink.defaultOf(course)
                    : gradebook.link(course.id(), hint.linkId()).orElse(null);
            if (link == null || !link.launchableBy(client.clientId())) {
                return pages.error("auth.error.link");
            }
            idToken = idTokens.resourceLinkLaunch(issuer, client, course, person, hint, nonce, link,
                    gradebook.lineItemsOfLink(course.id(), link.id(), client.clientId()));
        }
        return pages.autoPost(redirectUri, idToken, state, Locale.forLanguageTag(hint.locale()));
    }
}
