package dk.laerepladsklar.lti.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.core.services.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsedNoncesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final MemoryStore cluster = new MemoryStore(clock, 1000);

    @Test
    void aNonceUsedOnOneNodeIsRefusedOnAnother() {
        UsedNonces node1 = new UsedNonces(cluster, clock);
        UsedNonces node2 = new UsedNonces(cluster, clock);

        assertTrue(node1.markUsed("nonce-1"));
        assertFalse(node2.markUsed("nonce-1"));
        assertFalse(node1.markUsed("nonce-1"));
        assertTrue(node2.wasUsed("nonce-1"));
        assertFalse(node2.wasUsed("nonce-2"));
        assertFalse(node2.wasUsed(null));
    }

    @Test
    void aNonceIsRememberedLongerThanAnyTokenLivesAndThenForgotten() {
        UsedNonces nonces = new UsedNonces(cluster, clock);
        nonces.markUsed("nonce-1");
        clock.advance(UsedNonces.REMEMBER.minusSeconds(1));
        assertTrue(nonces.wasUsed("nonce-1"));
        assertFalse(nonces.markUsed("nonce-1"));
        clock.advance(Duration.ofSeconds(2));
        assertFalse(nonces.wasUsed("nonce-1"));
    }

    @Test
    void aLongNonceIsKeptAsItsHashAndStillRefusedTheSecondTime() {
        UsedNonces nonces = new UsedNonces(cluster, clock);
        String longNonce = "n".repeat(5_000);
        assertTrue(nonces.markUsed(longNonce));
        assertFalse(nonces.markUsed(longNonce));
        assertTrue(nonces.markUsed(longNonce + "x"));
    }
}
