package dk.laerepladsklar.lti.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PrivateKeyCipherTest {

    private static final String JWK = "{\"kty\":\"RSA\",\"kid\":\"k1\",\"d\":\"secret-exponent\",\"n\":\"modulus\",\"e\":\"AQAB\"}";
    private final PrivateKeyCipher cipher = new PrivateKeyCipher(key(1));

    @Test
    void sealsAndOpens() {
        String sealed = cipher.seal("k1", JWK);

        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("secret-exponent"));
        assertTrue(PrivateKeyCipher.isSealed(sealed));
        assertFalse(PrivateKeyCipher.isSealed(JWK));
        assertEquals(JWK, cipher.open("k1", sealed));
    }

    @Test
    void everySealHasItsOwnIv() {
        assertNotEquals(cipher.seal("k1", JWK), cipher.seal("k1", JWK));
    }

    @Test
    void aChangedCiphertextIsRefused() {
        String sealed = cipher.seal("k1", JWK);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        for (int position : new int[] {0, 12, bytes.length / 2, bytes.length - 1}) { // IV, ciphertext, tag
            byte[] tampered = bytes.clone();
            tampered[position] ^= 0x01;
            String changed = "v1:" + Base64.getEncoder().encodeToString(tampered);
            assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", changed), "byte " + position);
        }
        String truncated = "v1:" + Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, bytes.length - 1));
        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", truncated));
    }

    @Test
    void anotherKeyEncryptionKeyIsRefused() {
        String sealed = cipher.seal("k1", JWK);

        assertThrows(PrivateKeyCipher.Unreadable.class, () -> new PrivateKeyCipher(key(2)).open("k1", sealed));
    }

    @Test
    void aSealedKeyMovedToAnotherKidIsRefused() {
        String sealed = cipher.seal("k1", JWK);

        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k2", sealed));
    }

    @Test
    void whatIsNotThisFormatIsRefused() {
        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", JWK));
        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", "v1:not base64!"));
        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", "v1:AAAA"));
        assertThrows(PrivateKeyCipher.Unreadable.class, () -> cipher.open("k1", "v2:" + cipher.seal("k1", JWK).substring(3)));
    }

    @Test
    void theKeyEncryptionKeyMustBeBase64OfThirtyTwoBytes() {
        String good = Base64.getEncoder().encodeToString(key(3));
        assertEquals(JWK, PrivateKeyCipher.fromBase64(good).open("k1", PrivateKeyCipher.fromBase64(good).seal("k1", JWK)));

        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> PrivateKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(tooShort.getMessage().contains("32 bytes"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrivateKeyCipher.fromBase64("not*base64"));
        assertThrows(IllegalArgumentException.class, () -> new PrivateKeyCipher(new byte[31]));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        key[0] = (byte) "k".getBytes(StandardCharsets.US_ASCII)[0];
        return key;
    }
}
