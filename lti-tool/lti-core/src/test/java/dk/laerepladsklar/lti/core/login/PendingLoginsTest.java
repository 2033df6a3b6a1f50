package dk.laerepladsklar.lti.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.services.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingLoginsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final Registration moodle = platform("https://moodle.skole.dk");
    private final Registration canvas = platform("https://canvas.instructure.com");

    @Test
    void aLoginExpiresByTimeAndIsSweptByTheNextStart() {
        PendingLogins logins = store(100, 1000);
        PendingLogin first = logins.start(moodle, null);
        clock.advance(Duration.ofMinutes(3));
        PendingLogin second = logins.start(moodle, null);

        clock.advance(PendingLogins.LIFETIME.minus(Duration.ofMinutes(3)).plusMillis(1));
        assertTrue(logins.peek(first.state()).isEmpty(), "expired logins are not handed out");
        assertTrue(logins.peek(second.state()).isPresent());
        logins.start(canvas, null);

        assertEquals(2, logins.size(), "the expired login left the queue, the younger one stayed");
        assertEquals(1, logins.size(moodle.platformId()));
        clock.advance(Duration.ofMinutes(3));
        logins.start(canvas, null);
        assertEquals(2, logins.size(), "now the second is gone too, and only the two canvas logins are left");
        assertEquals(0, logins.size(moodle.platformId()));
    }

    @Test
    void aLoginCanBeConsumedOnceAndIsThenRememberedAsSpent() {
        PendingLogins logins = store(100, 1000);
        PendingLogin login = logins.start(moodle, null);

        assertEquals(login, logins.consume(login.state()).orElseThrow());
        assertTrue(logins.consume(login.state()).isEmpty());
        assertTrue(logins.wasSpent(login.state()));
        assertEquals(0, logins.size());

        clock.advance(PendingLogins.REMEMBER_SPENT.plusSeconds(1));
        assertFalse(logins.wasSpent(login.state()), "spent states are forgotten after a while");
    }

    @Test
    void aSpentStateKnowsTheNonceOfItsLoginOnly() {
        PendingLogins logins = store(100, 1000);
        PendingLogin login = logins.start(moodle, null);
        PendingLogin other = logins.start(moodle, null);
        assertFalse(logins.wasSpentWithNonce(login.state(), login.nonce()), "a login still waiting is no replay");

        logins.consume(login.state());

        assertTrue(logins.wasSpentWithNonce(login.state(), login.nonce()), "the same launch posted again");
        assertFalse(logins.wasSpentWithNonce(login.state(), other.nonce()));
        assertFalse(logins.wasSpentWithNonce(login.state(), null));
        assertFalse(logins.wasSpentWithNonce(other.state(), other.nonce()));
        clock.advance(PendingLogins.REMEMBER_SPENT.plusSeconds(1));
        assertFalse(logins.wasSpentWithNonce(login.state(), login.nonce()), "forgotten with the spent state");
    }

    @Test
    void anExpiredLoginIsNotHandedOutButCountsAsSpent() {
        PendingLogins logins = store(100, 1000);
        PendingLogin login = logins.start(moodle, null);
        clock.advance(PendingLogins.LIFETIME.plusSeconds(1));

        assertTrue(logins.consume(login.state()).isEmpty());
        assertTrue(logins.wasSpent(login.state()), "so the launch is told LOGIN_EXPIRED, not STATE_MISMATCH");
        assertFalse(logins.wasSpentWithNonce(login.state(), login.nonce()), "nor NONCE_REPLAYED: it was never used");
    }

    @Test
    void aFloodedPlatformLosesItsOwnOldestLoginsAndNoOtherPlatformsLogins() {
        PendingLogins logins = store(3, 1000);
        PendingLogin canvasLogin = logins.start(canvas, null);
        List<PendingLogin> flood = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flood.add(logins.start(moodle, null));
            clock.advance(Duration.ofMillis(10));
        }

        assertEquals(3, logins.size(moodle.platformId()));
        assertEquals(4, logins.size());
        assertTrue(logins.peek(canvasLogin.state()).isPresent(), "another school's login is untouched");
        assertTrue(logins.peek(flood.get(6).state()).isEmpty(), "the flooded platform's oldest gave way");
        for (PendingLogin newest : flood.subList(7, 10)) {
            assertTrue(logins.peek(newest.state()).isPresent());
        }
    }

    @Test
    void theTotalIsCappedByDroppingTheOldestLogin() {
        PendingLogins logins = store(100, 5);
        List<PendingLogin> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(logins.start(i % 2 == 0 ? moodle : canvas, null));
        }

        assertEquals(5, logins.size());
        assertTrue(logins.peek(all.get(2).state()).isEmpty());
        assertTrue(logins.peek(all.get(3).state()).isPresent());
        assertEquals(logins.size(moodle.platformId()) + logins.size(canvas.platformId()), logins.size(),
                "the per-platform queues agree with the total");
    }

    @Test
    void theSpentStatesLiveInTheBoundedSharedStore() {
        MemoryStore shared = new MemoryStore(clock, 10);
        PendingLogins logins = new PendingLogins(100, 5, shared);
        logins.clock = clock;
        List<PendingLogin> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            PendingLogin login = logins.start(moodle, null);
            logins.consume(login.state());
            all.add(login);
        }

        assertTrue(shared.size() <= 10, "the store's own bound holds whatever arrives");
        assertTrue(logins.wasSpent(all.get(29).state()));
        assertEquals(0, logins.size(), "completed logins leave this node's queue at once");
    }

    @Test
    void aLoginStartedOnOneNodeIsCompletedOnAnotherAndOnlyOnce() {
        MemoryStore cluster = new MemoryStore(clock, 1000);
        PendingLogins node1 = new PendingLogins(100, 1000, cluster);
        PendingLogins node2 = new PendingLogins(100, 1000, cluster);
        node1.clock = clock;
        node2.clock = clock;
        PendingLogin login = node1.start(moodle, "lti_storage");

        assertEquals(login, node2.peek(login.state()).orElseThrow(), "every field comes back as it was stored");
        assertEquals(login, node2.consume(login.state()).orElseThrow());
        assertTrue(node1.consume(login.state()).isEmpty(), "used on one node, gone on the other");
        assertTrue(node1.wasSpent(login.state()), "and reported as a replay there");
        assertEquals(1, node1.size(), "node 1 counts its own start until it expires");
    }

    @Test
    void aLoginGivingWayForAFloodStaysCompletedOnTheNodeThatTookIt() {
        MemoryStore cluster = new MemoryStore(clock, 1000);
        PendingLogins node1 = new PendingLogins(1, 1000, cluster);
        PendingLogins node2 = new PendingLogins(100, 1000, cluster);
        node1.clock = clock;
        node2.clock = clock;
        PendingLogin first = node1.start(moodle, null);
        node2.consume(first.state());
        node1.start(moodle, null);

        assertTrue(node1.wasSpent(first.state()), "the eviction removes only a login still waiting");
    }

    @Test
    void aStoredLoginReadsBackWithEveryCharacter() {
        PendingLogin odd = new PendingLogin("s", "n:1", "b~", moodle.platformId(), "https://x/1:2", "c|d", "frame\nname:~",
                null, 42L);
        assertEquals(odd, PendingLogins.decode("s", PendingLogins.encode(odd)));
        assertNull(PendingLogins.decode("s", "S123"), "a spent marker is no login");
    }

    @Test
    void onlyTheStorageFrameIsKeptAndABlankOneIsNone() {
        PendingLogins logins = store(100, 1000);

        PendingLogin withStorage = logins.start(canvas, "post_message_forwarding");
        PendingLogin blank = logins.start(canvas, "  ");

        assertEquals("post_message_forwarding", withStorage.storageTarget());
        assertEquals("https://canvas.instructure.com", withStorage.storageOrigin());
        assertTrue(withStorage.usesPlatformStorage());
        assertNull(blank.storageTarget());
        assertFalse(blank.usesPlatformStorage());
    }

    @Test
    void theCapsComeFromTheSettings() {
        System.setProperty("lpk.pending-logins-per-platform", "2");
        try {
            PendingLogins logins = new PendingLogins();
            logins.start(moodle, null);
            logins.start(moodle, null);
            logins.start(moodle, null);
            assertEquals(2, logins.size(moodle.platformId()));
        } finally {
            System.clearProperty("lpk.pending-logins-per-platform");
        }
    }

    private PendingLogins store(int perPlatform, int max) {
        PendingLogins logins = new PendingLogins(perPlatform, max, new MemoryStore(clock, 100_000));
        logins.clock = clock;
        return logins;
    }

    private static Registration platform(String issuer) {
        return new Registration(new PlatformId(UUID.randomUUID()), issuer, "client-" + issuer.length(), "Skolen",
                issuer + "/mod/lti/auth.php", issuer + "/mod/lti/token.php", issuer + "/mod/lti/certs.php",
                Set.of("1"), List.of(), Instant.now());
    }
}
