package dk.laerepladsklar.lti.core.validation;

import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Nonces already seen in a launch, remembered for longer than any id_token lives, in the shared store
 * {@code used-nonces}: marking one is a single put-if-absent that one node decides, so a nonce used on one node of a
 * cluster is refused on every other. A long nonce is kept as its hash, so no entry is larger than a short one.
 */
@ApplicationScoped
public class UsedNonces {

    static final Duration REMEMBER = Duration.ofMinutes(15);
    private static final int LONGEST_KEPT_AS_IS = 64;

    private SharedStore store = new MemoryStore();
    Clock clock = Clock.systemUTC();

    public UsedNonces() {
    }

    UsedNonces(SharedStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** In the container: the cluster's store. */
    @Inject
    public void useShared(SharedStores stores) {
        this.store = stores.store(SharedStores.USED_NONCES);
    }

    /** @return false if the nonce was used before */
    public boolean markUsed(String nonce) {
        long now = clock.millis();
        String key = key(nonce);
        String until = Long.toString(now + REMEMBER.toMillis());
        if (store.putIfAbsent(key, until, REMEMBER)) {
            return true;
        }
        // The store may still hold an entry that outlived its time (its reaper runs now and then): take its place.
        String previous = store.get(key);
        return previous != null && Long.parseLong(previous) < now && store.replace(key, previous, until, REMEMBER);
    }

    public boolean wasUsed(String nonce) {
        String until = nonce == null ? null : store.get(key(nonce));
        return until != null && Long.parseLong(until) >= clock.millis();
    }

    private static String key(String nonce) {
        if (nonce.length() <= LONGEST_KEPT_AS_IS) {
            return nonce;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.UTF_8));
            return "#" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
