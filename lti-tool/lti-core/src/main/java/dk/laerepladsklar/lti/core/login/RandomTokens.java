package dk.laerepladsklar.lti.core.login;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for state, nonce and browser secrets. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomTokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
