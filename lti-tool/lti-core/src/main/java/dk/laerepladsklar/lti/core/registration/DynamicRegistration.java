package dk.laerepladsklar.lti.core.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * LTI Dynamic Registration 1.0, tool side: read the platform's OpenID configuration, post the tool's
 * registration with the one-time registration token, and store the platform, client and deployment.
 */
@ApplicationScoped
public class DynamicRegistration {

    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class);
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    @Inject
    Registrations registrations;
    @Inject
    Invitations invitations;
    @Inject
    RegistrationPolicy policy;

    /**
     * Both URLs come from whoever opened the registration page: the guarded client, and one code
     * ({@link PlatformUnreachable#CODE}) for every way a call fails, so the page cannot be used to map the
     * tool's network (closed port, open port that is no platform, blocked address all look the same).
     */
    PlatformHttp http = PlatformHttp.forInstallation();

    /**
     * Registers the tool with the platform that opened the registration URL.
     *
     * @param invitation the invitation secret from the registration URL, or null; without one the registration
     *                   is refused, unless open registration is on (the platform then waits for approval)
     */
    public RegisteredTool register(String openidConfigurationUrl, String registrationToken, String invitation,
                                   ToolDescription tool) throws RegistrationFailed {
        if (openidConfigurationUrl == null || openidConfigurationUrl.isBlank()) {
            throw new RegistrationFailed("MISSING_OPENID_CONFIGURATION", "no openid_configuration parameter");
        }
        // Who may register is settled before the tool contacts anyone: a stranger's URL is never fetched.
        Invitation admittedBy = null;
        if (invitation != null && !invitation.isBlank() || !policy.openRegistration()) {
            admittedBy = invitations.check(invitation);
        }
        Map<String, Object> configuration = fetchConfiguration(openidConfigurationUrl, registrationToken);
        String issuer = text(configuration, "issuer");
        String registrationEndpoint = text(configuration, "registration_endpoint");
        String authorizationEndpoint = text(configuration, "authorization_endpoint");
        String tokenEndpoint = text(configuration, "token_endpoint");
        String jwksUri = text(configuration, "jwks_uri");
        if (issuer == null || registrationEndpoint == null || authorizationEndpoint == null || jwksUri == null) {
            throw new RegistrationFailed("INCOMPLETE_OPENID_CONFIGURATION", openidConfigurationUrl);
        }
        if (!policy.configurationMaySpeakFor(openidConfigurationUrl, issuer)) {
            throw new RegistrationFailed("CONFIGURATION_NOT_ON_ISSUER", "configuration " + openidConfigurationUrl
                    + " is not on the origin of its issuer " + issuer);
        }
        if (!Origins.isOn(registrationEndpoint, Origins.of(openidConfigurationUrl).orElseThrow())) {
            throw new RegistrationFailed("REGISTRATION_ENDPOINT_NOT_ON_CONFIGURATION", "registration endpoint "
                    + registrationEndpoint + " is not on the origin of " + openidConfigurationUrl);
        }
        Map<String, Object> platform = object(configuration, PLATFORM_CONFIGURATION);
        String product = platform == null ? "unknown" : String.valueOf(platform.getOrDefault("product_family_code", "unknown"));

        Map<String, Object> reply = post(registrationEndpoint, registrationToken, registrationRequest(tool, configuration, product));
        String clientId = text(reply, "client_id");
        Map<String, Object> toolConfiguration = object(reply, TOOL_CONFIGURATION);
        String deploymentId = toolConfiguration == null ? null : text(toolConfiguration, "deployment_id");
        if (clientId == null) {
            throw new RegistrationFailed("NO_CLIENT_ID", "the platform's reply has no client_id");
        }
        String site = admittedBy != null ? admittedBy.getSchool() : issuer;
        String name = platform != null && platform.get("product_family_code") != null ? site + " (" + product + ")" : site;
        // The site that opened the registration shows the tool in its iframes (for Canvas, the school's own domain).
        PlatformEndpoints endpoints = new PlatformEndpoints(issuer, clientId, name, authorizationEndpoint, tokenEndpoint,
                jwksUri, List.of(Origins.of(openidConfigurationUrl).orElseThrow()));
        Registration registration = admittedBy != null
                ? registrations.registerNew(endpoints, deploymentId, PlatformStatus.APPROVED, admittedBy.getId())
                : registrations.registerNew(endpoints, deploymentId, PlatformStatus.PENDING, null);
        LOG.infof("Registered with %s (%s): client_id %s, deployment %s, %s", issuer, product, clientId, deploymentId,
                admittedBy != null ? "by invitation " + admittedBy.getId() : "pending the operator's approval");
        return new RegisteredTool(registration, product, "moodle".equalsIgnoreCase(product));
    }

    /** Whether the platform's configuration lists {@code LtiSubmissionReviewRequest} in {@code messages_supported}. */
    static boolean offersSubmissionReview(Map<String, Object> configuration) {
        Object platform = configuration.get(PLATFORM_CONFIGURATION);
        Object supported = platform instanceof Map<?, ?> map ? map.get("messages_supported") : null;
        return supported instanceof List<?> list && list.stream()
                .anyMatch(m -> m instanceof Map<?, ?> message && LtiClaims.SUBMISSION_REVIEW_REQUEST.equals(message.get("type")));
    }

    private Map<String, Object> registrationRequest(ToolDescription tool, Map<String, Object> configuration, String product) {
        List<String> supportedScopes = strings(configuration.get("scopes_supported"));
        List<String> scopes = supportedScopes.isEmpty() ? ToolDescription.SCOPES
                : ToolDescription.SCOPES.stream().filter(supportedScopes::contains).toList();

        Map<String, Object> deepLinking = new LinkedHashMap<>();
        deepLinking.put("type", "LtiDeepLinkingRequest");
        deepLinking.put("target_link_uri", tool.targetLinkUri());
        deepLinking.put("label", tool.name());
        deepLinking.put("placements", List.of("link_selection", "assignment_selection", "ContentArea"));
        Map<String, Object> courseNavigation = new LinkedHashMap<>();
        courseNavigation.put("type", "LtiResourceLinkRequest");
        courseNavigation.put("target_link_uri", tool.targetLinkUri());
        courseNavigation.put("label", tool.name());
        courseNavigation.put("placements", List.of("course_navigation"));

        Map<String, Object> toolConfiguration = new LinkedHashMap<>();
        toolConfiguration.put("domain", tool.domain());
        toolConfiguration.put("target_link_uri", tool.targetLinkUri());
        toolConfiguration.put("description", tool.description());
        toolConfiguration.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        List<Map<String, Object>> messages = new java.util.ArrayList<>(List.of(deepLinking, courseNavigation));
        if (offersSubmissionReview(configuration)) {
            // Only to a platform that lists the message: Dynamic Registration lets a platform refuse types it lacks.
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("type", LtiClaims.SUBMISSION_REVIEW_REQUEST);
            review.put("target_link_uri", tool.targetLinkUri());
            messages.add(review);
        }
        toolConfiguration.put("messages", messages);
        // Canvas defaults to anonymous launches; ask for names (the tool still works with sub alone).
        toolConfiguration.put("https://canvas.instructure.com/lti/privacy_level", "public");

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", tool.loginUrl());
        request.put("redirect_uris", List.of(tool.redirectUrl()));
        request.put("client_name", tool.name());
        request.put("jwks_uri", tool.jwksUrl());
        if (tool.logoUrl() != null) {
            request.put("logo_uri", tool.logoUrl());
        }
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", String.join(" ", scopes));
        request.put(TOOL_CONFIGURATION, toolConfiguration);
        return request;
    }

    private Map<String, Object> fetchConfiguration(String url, String token) throws RegistrationFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return json(send(request.build(), PlatformUnreachable.CODE), PlatformUnreachable.CODE);
    }

    private Map<String, Object> post(String url, String token, Map<String, Object> body) throws RegistrationFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return json(send(request.build(), PlatformUnreachable.CODE), PlatformUnreachable.CODE);
    }

    private HttpResponse<String> send(HttpRequest request, String reason) throws RegistrationFailed {
        try {
            HttpResponse<String> response = http.send(request);
            if (response.statusCode() / 100 != 2) {
                throw new RegistrationFailed(reason, request.method() + " " + PlatformHttp.forLog(request.uri()) + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length())).replaceAll("[\\r\\n]+", " "));
            }
            return response;
        } catch (PlatformUnreachable e) {
            throw new RegistrationFailed(reason, request.method() + " " + PlatformHttp.forLog(request.uri()) + " " + e.getMessage());
        } catch (IOException e) {
            throw new RegistrationFailed(reason, request.method() + " " + PlatformHttp.forLog(request.uri()) + " " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed(reason, "interrupted");
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response, String reason) throws RegistrationFailed {
        try {
            // Parse whatever the Content-Type says: Moodle labels JSON as text/html.
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new RegistrationFailed(reason, "answer is not JSON");
        }
    }

    private static URI uri(String url) throws RegistrationFailed {
        try {
            URI uri = URI.create(url.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("scheme");
            }
            return uri;
        } catch (IllegalArgumentException | NullPointerException e) {
            // The same code as a refused call: "not a URL" and "blocked" must not be told apart from outside.
            throw new RegistrationFailed(PlatformUnreachable.CODE, "BAD_URL");
        }
    }

    private static String text(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
