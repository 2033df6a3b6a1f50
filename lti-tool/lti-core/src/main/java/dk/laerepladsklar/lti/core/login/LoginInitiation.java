package dk.laerepladsklar.lti.core.login;

/** The parameters of an OIDC third-party login initiation (GET or form POST). */
public record LoginInitiation(String issuer,
                              String loginHint,
                              String targetLinkUri,
                              String ltiMessageHint,
                              String clientId,
                              String deploymentId,
                              String storageTarget) {
}
