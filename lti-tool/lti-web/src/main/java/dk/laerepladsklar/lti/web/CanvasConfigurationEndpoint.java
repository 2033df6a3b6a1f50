package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.registration.ToolDescription;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canvas's "LTI 1.3 JSON configuration": an admin creates a developer key by entering this URL
 * (Admin → Developer Keys → + LTI Key → Method: Enter URL).
 */
@Path("lti/canvas-configuration")
public class CanvasConfigurationEndpoint {

    @Inject
    ToolUrls urls;
    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String configuration() {
        ToolDescription tool = urls.describe(uriInfo.getBaseUri());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("text", tool.name());
        // No LtiSubmissionReviewRequest here: Canvas's JSON configuration has no placement for it (SpeedGrader shows
        // tool submissions through Canvas's own score extension), so the tool would only advertise what Canvas ignores.
        settings.put("placements", List.of(
                placement("course_navigation", "LtiResourceLinkRequest", tool),
                placement("link_selection", "LtiDeepLinkingRequest", tool),
                placement("assignment_selection", "LtiDeepLinkingRequest", tool)));
        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("platform", "canvas.instructure.com");
        canvas.put("domain", tool.domain());
        canvas.put("privacy_level", "public");
        canvas.put("settings", settings);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", tool.name());
        json.put("description", tool.description());
        json.put("oidc_initiation_url", tool.loginUrl());
        json.put("target_link_uri", tool.targetLinkUri());
        json.put("redirect_uris", List.of(tool.redirectUrl()));
        json.put("public_jwk_url", tool.jwksUrl());
        json.put("scopes", ToolDescription.SCOPES);
        json.put("extensions", List.of(canvas));
        json.put("custom_fields", Map.of());
        return JSONObjectUtils.toJSONString(json);
    }

    private static Map<String, Object> placement(String placement, String messageType, ToolDescription tool) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("placement", placement);
        json.put("message_type", messageType);
        json.put("target_link_uri", tool.targetLinkUri());
        json.put("text", tool.name());
        return json;
    }
}
