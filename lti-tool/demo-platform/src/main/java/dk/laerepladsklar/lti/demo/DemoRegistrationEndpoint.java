package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The platform side of LTI Dynamic Registration, as Moodle 4.5 does it: an OpenID configuration, a
 * one-time registration token, and a registration endpoint that answers errors in plain text.
 */
@Path("demo-lms")
public class DemoRegistrationEndpoint {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoToolClients clients;
    @Inject
    DemoRegistrationTokens tokens;
    @Inject
    DemoPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("openid-configuration")
    public Response configuration(@HeaderParam("Authorization") String authorization) {
        DemoMode.require();
        String issuer = platform.issuer(uriInfo.getBaseUri());
        Map<String, Object> platformConfiguration = new LinkedHashMap<>();
        platformConfiguration.put("product_family_code", "lpk-demo");
        platformConfiguration.put("version", "1.0");
        platformConfiguration.put("messages_supported", List.of(Map.of("type", LtiClaims.RESOURCE_LINK_REQUEST),
                Map.of("type", LtiClaims.DEEP_LINKING_REQUEST), Map.of("type", LtiClaims.SUBMISSION_REVIEW_REQUEST)));
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("authorization_endpoint", issuer + "/auth");
        configuration.put("token_endpoint", issuer + "/token");
        configuration.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        configuration.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        configuration.put("jwks_uri", issuer + "/jwks");
        configuration.put("registration_endpoint", issuer + "/register");
        configuration.put("scopes_supported", List.of("openid", LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY,
                LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_NRPS));
        configuration.put("response_types_supported", List.of("id_token"));
        configuration.put("subject_types_supported", List.of("public", "pairwise"));
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        configuration.put("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email"));
        configuration.put("https://purl.imsglobal.org/spec/lti-platform-configuration", platformConfiguration);
        // Moodle labels its JSON as text/html; so does the demo, so the tool is tested against that.
        return Response.ok(JSONObjectUtils.toJSONString(configuration)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The admin's "register a tool by URL": opens the tool's registration URL with a fresh token. */
    @GET
    @Path("register-tool")
    public Response startRegistration(@QueryParam("url") String toolRegistrationUrl) {
        DemoMode.require();
        if (toolRegistrationUrl == null || !toolRegistrationUrl.startsWith("http")) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("missing_url").build();
        }
        return Response.seeOther(URI.create(opening(toolRegistrationUrl))).build();
    }

    /**
     * Moodle's "Add LTI Advantage": a page of the LMS with a dialog (an iframe) that opens the tool's registration
     * URL; when the tool's page posts {@code org.imsglobal.lti.close}, the dialog closes. Element ids:
     * {@code registration-dialog}, {@code registration-frame}, {@code registration-closed}.
     */
    @GET
    @Path("register-dialog")
    public Response registrationDialog(@QueryParam("url") String toolRegistrationUrl, @QueryParam("lang") String lang) {
        DemoMode.require();
        if (toolRegistrationUrl == null || !toolRegistrationUrl.startsWith("http")) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity("missing_url").build();
        }
        Locale locale = DemoPages.locale(lang);
        ResourceBundle text = pages.text(locale);
        String toolOrigin = Origins.of(toolRegistrationUrl).orElse("");
        String html = """
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><title>%2$s</title>
                <style>body{font-family:system-ui,sans-serif;margin:0;background:#eef1f4;color:#1d2733}
                header{background:#f98012;color:#fff;padding:.6rem 1rem;font-weight:700}
                #registration-dialog{background:#fff;margin:1rem;padding:1rem;border-radius:.5rem}
                iframe{width:100%%;height:70vh;border:1px solid #c9ced4}</style></head>
                <body><header>%2$s</header>
                <div id="registration-dialog" role="dialog" aria-labelledby="dialog-title"><h1 id="dialog-title" style="font-size:1.2rem">%3$s</h1>
                <iframe id="registration-frame" name="registration-frame" title="%3$s" src="%4$s" data-tool-origin="%6$s"></iframe></div>
                <p id="registration-closed" hidden style="margin:1rem">%5$s</p>
                <script>
                var toolOrigin = document.getElementById('registration-frame').dataset.toolOrigin;
                window.addEventListener('message', function (e) {
                  if (e.origin === toolOrigin && e.data && e.data.subject === 'org.imsglobal.lti.close') {
                    document.getElementById('registration-dialog').hidden = true;
                    document.getElementById('registration-closed').hidden = false;
                  }
                });
                </script></body></html>
                """.formatted(locale.getLanguage(), DemoPages.escape(text.getString("page.title")),
                DemoPages.escape(text.getString("dialog.title")), DemoPages.escape(opening(toolRegistrationUrl)),
                DemoPages.escape(text.getString("dialog.closed")),
                DemoPages.escape(toolOrigin));
        return DemoPages.html(200, html);
    }

    /** The tool's registration URL as this LMS opens it: with its configuration and a fresh one-time token. */
    private String opening(String toolRegistrationUrl) {
        String configuration = platform.issuer(uriInfo.getBaseUri()) + "/openid-configuration";
        return toolRegistrationUrl + (toolRegistrationUrl.contains("?") ? "&" : "?")
                + "openid_configuration=" + URLEncoder.encode(configuration, StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(tokens.issue(), StandardCharsets.UTF_8);
    }

    @POST
    @Path("register")
    public Response register(@HeaderParam("Authorization") String authorization, String body) {
        DemoMode.require();
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        switch (tokens.use(token)) {
            case UNKNOWN -> {
                return plain(401, "invalid_token");
            }
            case USED -> {
                return plain(401, "token_already_used");
            }
            case EXPIRED -> {
                return plain(401, "token_expired");
            }
            default -> {
                // valid: go on
            }
        }
        Map<String, Object> request;
        try {
            request = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            return plain(400, "invalid_json");
        }
        Object responseTypes = request.get("response_types");
        if (!(responseTypes instanceof List<?> types) || !types.contains("id_token")) {
            return plain(400, "invalid_response_types");
        }
        if (!"private_key_jwt".equals(request.get("token_endpoint_auth_method"))) {
            return plain(400, "invalid_token_endpoint_auth_method");
        }
        String login = text(request, "initiate_login_uri");
        String jwks = text(request, "jwks_uri");
        String name = text(request, "client_name");
        if (login == null || jwks == null || name == null || !(request.get("redirect_uris") instanceof List<?> redirects)
                || redirects.isEmpty()) {
            return plain(400, "missing_required_field");
        }
        if (!(request.get("https://purl.imsglobal.org/spec/lti-tool-configuration") instanceof Map<?, ?> tool)) {
            return plain(400, "missing_tool_configuration");
        }
        Object domain = tool.get("domain");
        Object target = tool.get("target_link_uri");
        if (!(domain instanceof String d) || d.isBlank()) {
            return plain(400, "missing_domain");
        }
        if (target instanceof String t && !d.equals(hostAndPort(t))) {
            return plain(400, "domain_does_not_match_target_link_uri");
        }
        String scope = text(request, "scope");
        String targetLinkUri = target instanceof String t ? t : null;
        DemoToolClient client = clients.add(login, redirects.stream().map(String::valueOf).toList(), jwks,
                targetLinkUri, deepLinkingUri(tool.get("messages"), targetLinkUri), name,
                scope == null ? List.of() : List.of(scope.trim().split("\\s+")));

        Map<String, Object> toolReply = new LinkedHashMap<>((Map<String, Object>) tool);
        toolReply.put("deployment_id", client.deploymentId());
        Map<String, Object> reply = new LinkedHashMap<>(request);
        reply.put("client_id", client.clientId());
        reply.put("https://purl.imsglobal.org/spec/lti-tool-configuration", toolReply);
        return Response.ok(JSONObjectUtils.toJSONString(reply)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The tools registered so far (for the demo page and tests). */
    @GET
    @Path("tools")
    public Response tools() {
        DemoMode.require();
        List<Map<String, Object>> list = clients.registered().stream().map(c -> Map.<String, Object>of(
                "client_id", c.clientId(), "deployment_id", c.deploymentId(), "name", c.name(),
                "scopes", c.scopes())).toList();
        return Response.ok(JSONObjectUtils.toJSONString(Map.of("tools", list))).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The Deep Linking message's target, or the tool's; null when the tool registered no Deep Linking message. */
    private static String deepLinkingUri(Object messages, String targetLinkUri) {
        if (!(messages instanceof List<?> list)) {
            return null;
        }
        for (Object message : list) {
            if (message instanceof Map<?, ?> m && LtiClaims.DEEP_LINKING_REQUEST.equals(m.get("type"))) {
                return m.get("target_link_uri") instanceof String uri && !uri.isBlank() ? uri : targetLinkUri;
            }
        }
        return null;
    }

    private static String hostAndPort(String url) {
        URI uri = URI.create(url);
        return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
    }

    private static String text(Map<String, Object> json, String name) {
        return json.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static Response plain(int status, String reason) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build();
    }
}
