package dk.laerepladsklar.lti.api.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SharedStore} in this JVM's memory, for tests (and for classes built outside the container): the same
 * contract, with lifespans measured on a clock the test controls and at most {@code capacity} entries (beyond
 * that, expired entries go first, then any).
 */
public final class MemoryStore implements SharedStore {

    private record Entry(String value, long until) {
        boolean alive(long now) {
            return now < until;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    public MemoryStore() {
        this(Clock.systemUTC(), 100_000);
    }

    public MemoryStore(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = Math.max(1, capacity);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration lifespan) {
        long now = clock.millis();
        makeRoom(now);
        boolean[] stored = {false};
        entries.compute(key, (k, old) -> {
            if (old != null && old.alive(now)) {
                return old;
            }
            stored[0] = true;
            return new Entry(value, until(now, lifespan));
        });
        return stored[0];
    }

    @Override
    public void put(String key, String value, Duration lifespan) {
        long now = clock.millis();
        makeRoom(now);
        entries.put(key, new Entry(value, until(now, lifespan)));
    }

    @Override
    public String get(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.alive(clock.millis()) ? entry.value() : null;
    }

    @Override
    public boolean replace(String key, String expected, String value, Duration lifespan) {
        long now = clock.millis();
        boolean[] replaced = {false};
        entries.computeIfPresent(key, (k, old) -> {
            if (old.alive(now) && old.value().equals(expected)) {
                replaced[0] = true;
                return new Entry(value, until(now, lifespan));
            }
            return old;
        });
        return replaced[0];
    }

    @Override
    public boolean remove(String key, String expected) {
        long now = clock.millis();
        boolean[] removed = {false};
        entries.computeIfPresent(key, (k, old) -> {
            if (old.alive(now) && old.value().equals(expected)) {
                removed[0] = true;
                return null;
            }
            return old;
        });
        return removed[0];
    }

    @Override
    public void putLocally(String key, String value) {
        putIfAbsent(key, value, null);
    }

    @Override
    public void invalidate(String key) {
        entries.remove(key);
    }

    /** Entries held, expired ones not yet dropped included. */
    public int size() {
        return entries.size();
    }

    private void makeRoom(long now) {
        if (entries.size() < capacity) {
            return;
        }
        entries.values().removeIf(entry -> !entry.alive(now));
        for (Iterator<String> any = entries.keySet().iterator(); entries.size() >= capacity && any.hasNext(); ) {
            any.next();
            any.remove();
        }
    }

    private static long until(long now, Duration lifespan) {
        return lifespan == null ? Long.MAX_VALUE : now + lifespan.toMillis();
    }
}
