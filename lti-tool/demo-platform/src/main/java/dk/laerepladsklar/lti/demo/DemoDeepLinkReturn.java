package dk.laerepladsklar.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a tool returns from Deep Linking ({@code deep_link_return_url}): the tool form-posts a signed JWT in
 * the field {@code JWT}. The LMS verifies it against the tool's JWKS URL, checks it
 * ({@link DemoDeepLinkResponse}) and the echo of its {@code data}, places one link per content item and a
 * column for each item that has a {@code lineItem}, then shows the course page again.
 */
@Path("demo-lms/deep-link-return")
public class DemoDeepLinkReturn {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoToolClients clients;
    @Inject
    DemoToolKeySets keySets;
    @Inject
    DemoDeepLinkRequests requests;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoPages pages;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @DemoCounted("deepLinkReturn")
    public Response receive(@FormParam("JWT") String jwt) {
        DemoMode.require();
        Locale danish = DemoPages.locale("da");
        SignedJWT signed;
        JWTClaimsSet claims;
        try {
            signed = SignedJWT.parse(jwt == null ? "" : jwt);
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            return pages.error("dl.error.refused", danish, "jwt_missing_or_unreadable");
        }
        DemoToolClient client = clients.find(claims.getIssuer(), uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return pages.error("dl.error.refused", danish, "unknown_client");
        }
        if (!keySets.verify(signed, client.jwksUri())) {
            return pages.error("dl.error.refused", danish, "signature_not_verified");
        }
        String issuer = platform.issuer(uriInfo.getBaseUri());
        Instant now = Instant.now();
        DemoDeepLinkResponse response;
        try {
            response = DemoDeepLinkResponse.read(claims, issuer, client, now);
        } catch (DemoDeepLinkResponse.Refused e) {
            return pages.error("dl.error.refused", danish, e.getMessage());
        }
        DemoDeepLinkRequests.Pending request = requests.find(response.data(), client.clientId(), now).orElse(null);
        if (request == null) {
            return pages.error("dl.error.refused", danish, response.data() == null ? "data_not_echoed" : "data_unknown");
        }
        Locale locale = DemoPages.locale(request.locale());
        if (!request.deploymentId().equals(client.deploymentId())) {
            return pages.error("dl.error.refused", locale, "wrong_deployment_id");
        }
        if (!requests.close(request.data())) {
            return pages.error("dl.error.refused", locale, "data_already_used");
        }
        for (DemoDeepLinkResponse.Item item : response.items()) {
            place(request.courseId(), client, item);
        }
        String course = URLEncoder.encode(request.courseId(), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(issuer + "?course=" + course + "&lang=" + locale.getLanguage()
                + "&placed=" + response.items().size())).build();
    }

    private void place(String courseId, DemoToolClient client, DemoDeepLinkResponse.Item item) {
        String title = item.title() == null ? client.name() : item.title();
        DemoResourceLink link = gradebook.placeLink(courseId, client.clientId(), title, item.text(), item.custom());
        DemoDeepLinkResponse.LineItem column = item.lineItem();
        if (column != null) {
            gradebook.addLineItem(courseId, client.clientId(), new DemoLineItem(null, 0, null,
                    column.label() == null ? title : column.label(), column.scoreMaximum(), column.resourceId(),
                    column.tag(), link.id(), null, null, column.submissionReview()));
        }
    }
}
