package dk.laerepladsklar.lti.core.services;

import java.time.Instant;

/**
 * A Bearer token from a platform's token endpoint. The value is a secret: never log it.
 *
 * @param reuseUntil when the cache stops handing it out (shortly before it expires)
 */
public record AccessToken(String value, Instant expiresAt, Instant reuseUntil) {

    public boolean reusableAt(Instant now) {
        return now.isBefore(reuseUntil);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
