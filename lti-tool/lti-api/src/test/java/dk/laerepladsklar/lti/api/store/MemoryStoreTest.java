package dk.laerepladsklar.lti.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {

    private Instant now = Instant.parse("2026-12-03T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void putIfAbsentStoresOnceAndAgainAfterTheLifespan() {
        MemoryStore store = new MemoryStore(clock, 10);
        assertTrue(store.putIfAbsent("n", "1", Duration.ofMinutes(1)));
        assertFalse(store.putIfAbsent("n", "2", Duration.ofMinutes(1)));
        assertEquals("1", store.get("n"));
        now = now.plusSeconds(60);
        assertNull(store.get("n"), "gone exactly at its lifespan");
        assertTrue(store.putIfAbsent("n", "3", Duration.ofMinutes(1)));
    }

    @Test
    void conditionalWritesHappenOnlyOnTheExpectedValue() {
        MemoryStore store = new MemoryStore(clock, 10);
        store.put("s", "waiting", Duration.ofMinutes(5));
        assertFalse(store.replace("s", "other", "spent", Duration.ofMinutes(5)));
        assertTrue(store.replace("s", "waiting", "spent", Duration.ofMinutes(5)));
        assertFalse(store.replace("s", "waiting", "spent", Duration.ofMinutes(5)), "only once");
        assertFalse(store.remove("s", "waiting"));
        assertTrue(store.remove("s", "spent"));
        assertNull(store.get("s"));
        assertFalse(store.replace("missing", "a", "b", Duration.ofMinutes(1)));
    }

    @Test
    void ofManyThreadsReplacingTheSameValueExactlyOneWins() throws Exception {
        MemoryStore store = new MemoryStore(clock, 10);
        store.put("s", "waiting", Duration.ofMinutes(5));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tries.add(threads.submit(() -> {
                go.await();
                return store.replace("s", "waiting", "spent by " + n, Duration.ofMinutes(5));
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> attempt : tries) {
            won += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(1, won);
    }

    @Test
    void aFullStoreDropsExpiredEntriesFirstAndNeverGrowsPastItsCapacity() {
        MemoryStore store = new MemoryStore(clock, 3);
        store.put("old", "x", Duration.ofSeconds(1));
        store.put("a", "x", Duration.ofMinutes(1));
        store.put("b", "x", Duration.ofMinutes(1));
        now = now.plusSeconds(2);
        store.put("c", "x", Duration.ofMinutes(1));
        assertEquals("x", store.get("a"), "the expired entry made room, not a live one");
        for (int i = 0; i < 100; i++) {
            store.put("flood" + i, "x", Duration.ofMinutes(1));
        }
        assertTrue(store.size() <= 3);
        assertEquals("x", store.get("flood99"));
    }

    @Test
    void aLocalNoteNeverOverwritesAndAnInvalidationRemoves() {
        MemoryStore store = new MemoryStore(clock, 10);
        store.putLocally("m", "1");
        store.putLocally("m", "2");
        assertEquals("1", store.get("m"));
        store.invalidate("m");
        assertNull(store.get("m"));
    }
}
