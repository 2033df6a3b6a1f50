package dk.laerepladsklar.lti.core.registration;

import java.util.List;

/**
 * What a school's IT admin (or dynamic registration) tells the tool about a platform.
 *
 * @param frameOrigins origins that show the tool in an iframe besides the issuer's and the auth endpoint's,
 *                     e.g. a school's own Canvas domain (Canvas's issuer is shared by all its sites)
 */
public record PlatformEndpoints(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl,
                                String jwksUrl, List<String> frameOrigins) {

    public PlatformEndpoints {
        frameOrigins = frameOrigins == null ? List.of() : List.copyOf(frameOrigins);
    }

    public PlatformEndpoints(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl, String jwksUrl) {
        this(issuer, clientId, name, authLoginUrl, tokenUrl, jwksUrl, List.of());
    }
}
