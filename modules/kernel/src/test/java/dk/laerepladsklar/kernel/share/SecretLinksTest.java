package dk.laerepladsklar.kernel.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A link's secret: 256 random bits, URL-safe, stored only as its SHA-256; anything else is not looked up at all. */
class SecretLinksTest {

    @Test
    void secretsAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = SecretLinks.next();
            assertEquals(43, secret.length(), "256 bits in base64url without padding");
            assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
            assertTrue(seen.add(secret), "no secret twice");
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSha256() {
        String secret = SecretLinks.next();
        String hash = SecretLinks.hashOf(secret).orElseThrow();
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, SecretLinks.hashOf(secret).orElseThrow());
        assertNotEquals(hash, SecretLinks.hashOf(SecretLinks.next()).orElseThrow());
        // a known value: SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretLinks.sha256("abc"));
    }

    @Test
    void garbageIsNeverHashed() {
        for (String bad : new String[] {null, "", "abc", "a".repeat(42), "a".repeat(44), "a".repeat(42) + "/",
                "a".repeat(42) + "=", "../../etc/passwd", "a".repeat(42) + "\n", "æ".repeat(43)}) {
            assertEquals(Optional.empty(), SecretLinks.hashOf(bad), String.valueOf(bad));
        }
    }
}
