package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.core.validation.LaunchRejected;
import dk.laerepladsklar.lti.core.validation.Rejection;

/** The parameters of an OIDC third-party login initiation (GET or form POST). */
public record LoginInitiation(String issuer,
                              String loginHint,
                              String targetLinkUri,
                              String ltiMessageHint,
                              String clientId,
                              String deploymentId,
                              String storageTarget) {

    /**
     * The longest value any field may have. Real platforms send short values (Moodle's longest, the JSON
     * {@code lti_message_hint}, is about 100 characters); everything here is echoed to the platform or kept
     * while the login is in progress, so a longer value is refused before anything is stored or sent on.
     */
    public static final int MAX_FIELD = 2048;
    /**
     * The storage frame is kept with the pending login, so it is held to a frame name's length
     * ({@code _parent}, Canvas's {@code post_message_forwarding}).
     */
    public static final int MAX_STORAGE_TARGET = 128;

    /** Refuses an initiation with a field longer than the tool accepts, naming the field (not its value). */
    public void requireBounded() throws LaunchRejected {
        bounded("iss", issuer, MAX_FIELD);
        bounded("login_hint", loginHint, MAX_FIELD);
        bounded("target_link_uri", targetLinkUri, MAX_FIELD);
        bounded("lti_message_hint", ltiMessageHint, MAX_FIELD);
        bounded("client_id", clientId, MAX_FIELD);
        bounded("lti_deployment_id", deploymentId, MAX_FIELD);
        bounded("lti_storage_target", storageTarget, MAX_STORAGE_TARGET);
    }

    private static void bounded(String field, String value, int max) throws LaunchRejected {
        if (value != null && value.length() > max) {
            throw new LaunchRejected(Rejection.LOGIN_FIELD_TOO_LONG,
                    field + " has " + value.length() + " characters, at most " + max + " are accepted");
        }
    }
}
