package dk.laerepladsklar.lti.core.store;

import dk.laerepladsklar.lti.api.store.SharedStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * A {@link SharedStore} on one cache of the container. On a node of a cluster the protocol caches are replicated
 * synchronously: a write returns once every node holds it, reads are local, and the conditional writes are
 * decided by the key's primary owner, so of two nodes racing for a state or a nonce exactly one wins. Only the
 * public API of the server's {@code org.infinispan} module is used.
 */
public final class InfinispanStore implements SharedStore {

    private final Cache<String, String> cache;

    public InfinispanStore(Cache<String, String> cache) {
        this.cache = cache;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration lifespan) {
        return cache.putIfAbsent(key, value, lifespan.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    @Override
    public void put(String key, String value, Duration lifespan) {
        cache.put(key, value, lifespan.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String get(String key) {
        return cache.get(key);
    }

    @Override
    public boolean replace(String key, String expected, String value, Duration lifespan) {
        return cache.replace(key, expected, value, lifespan.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean remove(String key, String expected) {
        return cache.remove(key, expected);
    }

    /**
     * {@code putForExternalRead}: stored on this node only, never overwriting, and in an invalidation cache it
     * invalidates nothing elsewhere (it is how a cache notes what it read from the database).
     */
    @Override
    public void putLocally(String key, String value) {
        cache.putForExternalRead(key, value);
    }

    /** In an invalidation cache a removal drops the key on every node; in a local one, here. */
    @Override
    public void invalidate(String key) {
        cache.remove(key);
    }
}
