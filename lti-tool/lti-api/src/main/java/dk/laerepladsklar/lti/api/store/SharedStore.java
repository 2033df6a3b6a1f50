package dk.laerepladsklar.lti.api.store;

import java.time.Duration;

/**
 * A store of short-lived text values by text key, shared by every node of a cluster (on one node: that node's
 * memory). Only strings go in, so the store never needs the application's classes; callers encode their records
 * with {@link Fields}. Each entry lives at most as long as its lifespan and the store's own bound, and a full store
 * drops entries rather than grow: callers must treat a missing entry as unknown, never as an error.
 *
 * <p>The conditional operations are atomic across nodes (one node decides for each key), which is what makes a
 * login state, a nonce or a hand-over code usable once in the whole cluster.
 */
public interface SharedStore {

    /** Stores the value unless the key holds one. @return whether it was stored */
    boolean putIfAbsent(String key, String value, Duration lifespan);

    /** Stores the value, whatever the key held. */
    void put(String key, String value, Duration lifespan);

    /** The value, or null. */
    String get(String key);

    /** Replaces the value only if the key still holds {@code expected}. @return whether it was replaced */
    boolean replace(String key, String expected, String value, Duration lifespan);

    /** Removes the entry only if the key still holds {@code expected}. @return whether it was removed */
    boolean remove(String key, String expected);

    /**
     * Notes a value on this node only, telling no other node and never overwriting (a snapshot marker: see
     * {@link #invalidate}). On a single node this is {@link #putIfAbsent} without a lifespan of its own.
     */
    void putLocally(String key, String value);

    /** Removes the entry on every node (for a snapshot marker: every node's snapshot of it is stale). */
    void invalidate(String key);
}
