package dk.laerepladsklar.lti.core.keys;

import dk.laerepladsklar.lti.core.Installation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the tool's private keys at rest (AES-256-GCM), so a copy of the database — a backup, a dump handed to
 * support — does not hand out the keys every school trusts. The key-encryption key comes from the environment
 * ({@code LPK_KEY_ENCRYPTION_KEY}, base64 of 32 bytes), never from the database.
 *
 * <p>Stored form: {@code v1:} followed by base64 of a random 12-byte IV and the ciphertext with its 16-byte tag.
 * The version prefix lets the format change later (another algorithm, a key id for key-encryption-key rotation).
 * The key's {@code kid} is authenticated as associated data, so a sealed key moved to another row does not open.
 */
public final class PrivateKeyCipher {

    public static final String PROPERTY = "lpk.key-encryption-key";
    public static final String ENVIRONMENT = "LPK_KEY_ENCRYPTION_KEY";
    static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SEALED = Pattern.compile("v\\d+:");

    private final SecretKeySpec key;

    public PrivateKeyCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A key-encryption key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * A cipher from base64 of 32 bytes.
     *
     * @throws IllegalArgumentException with a message an operator can act on
     */
    public static PrivateKeyCipher fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENVIRONMENT + " is not base64 (make one with: openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(ENVIRONMENT + " must be base64 of exactly 32 bytes, not " + bytes.length
                    + " (make one with: openssl rand -base64 32)");
        }
        return new PrivateKeyCipher(bytes);
    }

    /** The installation's cipher, or empty when no key-encryption key is set (allowed in dev mode only). */
    public static Optional<PrivateKeyCipher> ofInstallation() {
        String configured = Installation.setting(PROPERTY, ENVIRONMENT);
        return configured == null ? Optional.empty() : Optional.of(fromBase64(configured));
    }

    /** Whether a stored value is sealed (by any version of this format) rather than a legacy plaintext JWK. */
    public static boolean isSealed(String stored) {
        return stored != null && SEALED.matcher(stored).lookingAt();
    }

    public String seal(String kid, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kid, iv);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a tool key", e);
        }
    }

    /**
     * The plaintext of a sealed key.
     *
     * @throws Unreadable when the value was changed, sealed under another key or for another kid, or is not this format
     */
    public String open(String kid, String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new Unreadable("not a " + VERSION + " sealed key");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not base64");
        }
        if (bytes.length <= IV_BYTES + TAG_BITS / 8) {
            throw new Unreadable("too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kid, Arrays.copyOf(bytes, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // A failed tag check: tampered, another key-encryption key, or another kid. Which one is not knowable.
            throw new Unreadable("authentication failed (changed, another key-encryption key, or another kid)");
        }
    }

    private Cipher cipher(int mode, String kid, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored key that cannot be opened with this installation's key-encryption key. */
    public static final class Unreadable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super("A stored tool key cannot be decrypted: " + why);
        }
    }
}
