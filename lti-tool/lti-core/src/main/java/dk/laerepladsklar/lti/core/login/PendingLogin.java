package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.api.PlatformId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A login the tool started and the platform has not yet answered.
 *
 * @param browserSecret a secret handed only to the browser that started the login (in a cookie or the
 *                      platform's storage); the launch must present it, so a stolen state is worthless
 */
public record PendingLogin(String state,
                           String nonce,
                           String browserSecret,
                           PlatformId platformId,
                           String issuer,
                           String clientId,
                           String targetLinkUri,
                           long expiresAtMillis) {

    public boolean expired(long nowMillis) {
        return nowMillis > expiresAtMillis;
    }

    /** Compares in constant time. */
    public boolean isBoundTo(String presentedSecret) {
        return presentedSecret != null && MessageDigest.isEqual(
                browserSecret.getBytes(StandardCharsets.US_ASCII), presentedSecret.getBytes(StandardCharsets.US_ASCII));
    }
}
