package dk.laerepladsklar.lti.core.registration;

/** What a school's IT admin (or dynamic registration) tells the tool about a platform. */
public record PlatformEndpoints(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl,
                                String jwksUrl) {
}
