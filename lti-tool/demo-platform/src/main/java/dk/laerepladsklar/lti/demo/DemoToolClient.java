package dk.laerepladsklar.lti.demo;

import java.util.List;

/** A tool registered with the demo LMS: by hand (the built-in client) or through dynamic registration. */
public record DemoToolClient(String clientId, String deploymentId, String loginUri, List<String> redirectUris,
                             String jwksUri, String targetLinkUri, String name, List<String> scopes) {

    public DemoToolClient {
        redirectUris = List.copyOf(redirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
