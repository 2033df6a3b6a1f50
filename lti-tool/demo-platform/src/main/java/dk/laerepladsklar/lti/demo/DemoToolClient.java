package dk.laerepladsklar.lti.demo;

import java.util.List;

/**
 * A tool registered with the demo LMS: by hand (the built-in client) or through dynamic registration.
 *
 * @param deepLinkingUri where Deep Linking requests go, or null when the tool did not register the
 *                       {@code LtiDeepLinkingRequest} message (Deep Linking is then off, as in Moodle)
 * @param scopes         the service scopes granted to the tool; its launches carry only these services
 */
public record DemoToolClient(String clientId, String deploymentId, String loginUri, List<String> redirectUris,
                             String jwksUri, String targetLinkUri, String deepLinkingUri, String name,
                             List<String> scopes) {

    public DemoToolClient {
        redirectUris = List.copyOf(redirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean granted(String scope) {
        return scopes.contains(scope);
    }
}
