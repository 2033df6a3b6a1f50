package dk.laerepladsklar.kernel.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a link that opens something without an account, such as a master's feedback link (and the nonce its
 * page's form sends back) or a student's shared profile: 256 random bits from
 * {@link SecureRandom}, URL-safe base64 without padding (43 characters), of which only the SHA-256 is stored. The
 * link is looked up by that hash, so the lookup compares hashes an outsider cannot aim at, and the database alone
 * opens no link. Anything not shaped like a secret is turned away before it is hashed.
 */
public final class SecretLinks {

    public static final int LENGTH = 43;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretLinks() {
    }

    /** A fresh secret. */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a well-formed secret; empty for anything else (garbage, too long, too short). */
    public static Optional<String> hashOf(String secret) {
        if (secret == null || !FORM.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(sha256(secret));
    }

    /** The hex SHA-256 of an ASCII string. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
