package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.api.PlatformId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A login the tool started and the platform has not yet answered. It holds only what the launch and the two
 * browser-binding pages use later, each part bounded: three random tokens, the platform (whose strings are the
 * registration's own), the storage frame name (at most {@link LoginInitiation#MAX_STORAGE_TARGET} characters)
 * and an origin derived from the registration. The initiation's {@code target_link_uri} is not kept: the
 * launch's own claim is what counts, and a value nobody reads is only memory an attacker could fill.
 *
 * @param browserSecret a secret handed only to the browser that started the login (in a partitioned cookie,
 *                      and in the platform's storage or the tool's own window storage); the launch must
 *                      present it, so a state taken from another browser is worthless
 * @param storageTarget the frame of the platform's storage ({@code lti_storage_target}), or null
 * @param storageOrigin the origin to address platform storage messages to (the platform's auth endpoint)
 */
public record PendingLogin(String state,
                           String nonce,
                           String browserSecret,
                           PlatformId platformId,
                           String issuer,
                           String clientId,
                           String storageTarget,
                           String storageOrigin,
                           long expiresAtMillis) {

    public boolean usesPlatformStorage() {
        return storageTarget != null && !storageTarget.isBlank();
    }

    public boolean expired(long nowMillis) {
        return nowMillis > expiresAtMillis;
    }

    /** Compares in constant time. */
    public boolean isBoundTo(String presentedSecret) {
        return presentedSecret != null && MessageDigest.isEqual(
                browserSecret.getBytes(StandardCharsets.US_ASCII), presentedSecret.getBytes(StandardCharsets.US_ASCII));
    }
}
