package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.store.Fields;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Logins in progress, in the shared store {@code pending-logins} (no durable write on the launch path): on a node of
 * a cluster every node sees a login at once, so the launch may come back to any node, with no stickiness. A state
 * can be used once in the whole cluster: the launch replaces the login by a spent marker with a conditional write
 * that exactly one node wins, and the marker is remembered for a while so that a replayed launch is reported as
 * such: the marker keeps a digest of the login's nonce, so a launch posted again (its id_token carries that nonce)
 * is told it was a replay, with no store of used nonces beside it. A start costs one write; a launch one
 * conditional write (reads are local).
 *
 * <p>Memory is bounded whatever arrives. The shared store has a size of its own; in front of it each node keeps the
 * logins it started in start order, which (every login living equally long) is expiry order, swept from its head
 * on every start. Each platform may start at most {@code lpk.pending-logins-per-platform} logins on a node; beyond
 * that its own oldest login gives way, so a flood of initiations naming one school cannot push out another school's
 * logins, and real logins of the flooded school survive as long as the flood needs to make that many (the caps are
 * far above any class at 8:00). The node's total is capped the same way ({@code lpk.pending-logins-max}). A login
 * that gives way is removed from the shared store only if it is still waiting (another node may have completed it).
 */
@ApplicationScoped
public class PendingLogins {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final Duration REMEMBER_SPENT = Duration.ofMinutes(10);
    /** A login stays in the store a little past its lifetime, so a late launch is told it expired, not unknown. */
    static final Duration KEPT = LIFETIME.plus(Duration.ofMinutes(1));
    static final int DEFAULT_PER_PLATFORM = 20_000;
    static final int DEFAULT_MAX = 50_000;

    private static final Logger LOG = Logger.getLogger(PendingLogins.class);
    private static final String WAITING = "P";
    private static final String SPENT = "S";
    /** In a spent marker, what follows is the digest of the nonce of the login that was used. */
    private static final char NONCE_FOLLOWS = ':';

    /** A login this node started, as its caps see it: the value it stored, to remove only that. */
    private record Started(String state, PlatformId platformId, String stored, long expiresAtMillis) {
    }

    private final int perPlatform;
    private final int max;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Started> started = new LinkedHashMap<>();
    private final Map<PlatformId, LinkedHashMap<String, Started>> startedByPlatform = new HashMap<>();
    private long evicted;
    private SharedStore store;

    Clock clock = Clock.systemUTC();

    public PendingLogins() {
        this(Installation.number("lpk.pending-logins-per-platform", "LPK_PENDING_LOGINS_PER_PLATFORM", DEFAULT_PER_PLATFORM),
                Installation.number("lpk.pending-logins-max", "LPK_PENDING_LOGINS_MAX", DEFAULT_MAX), new MemoryStore());
    }

    PendingLogins(int perPlatform, int max, SharedStore store) {
        this.perPlatform = Math.max(1, perPlatform);
        this.max = Math.max(1, max);
        this.store = store;
    }

    /** In the container: the cluster's store (until then, outside it, this JVM's memory). */
    @Inject
    public void useShared(SharedStores stores) {
        this.store = stores.store(SharedStores.PENDING_LOGINS);
    }

    /**
     * Starts a login for this platform.
     *
     * @param storageTarget the platform storage frame from the initiation, already bounded
     *                      ({@link LoginInitiation#requireBounded()}); blank means none
     */
    public PendingLogin start(Registration registration, String storageTarget) {
        long now = clock.millis();
        PendingLogin login = new PendingLogin(RandomTokens.next(), RandomTokens.next(), RandomTokens.next(),
                registration.platformId(), registration.issuer(), registration.clientId(),
                storageTarget == null || storageTarget.isBlank() ? null : storageTarget,
                Origins.of(registration.authLoginUrl()).orElse(null), now + LIFETIME.toMillis());
        String value = encode(login);
        List<Started> givenWay = new ArrayList<>(2);
        synchronized (lock) {
            sweep(now);
            LinkedHashMap<String, Started> ofPlatform =
                    startedByPlatform.computeIfAbsent(login.platformId(), p -> new LinkedHashMap<>());
            if (ofPlatform.size() >= perPlatform) {
                givenWay.add(evict(ofPlatform.values().iterator().next(), "per platform"));
            }
            if (started.size() >= max) {
                givenWay.add(evict(started.values().iterator().next(), "in total"));
            }
            Started mine = new Started(login.state(), login.platformId(), value, login.expiresAtMillis());
            started.put(login.state(), mine);
            startedByPlatform.computeIfAbsent(login.platformId(), p -> new LinkedHashMap<>()).put(login.state(), mine);
        }
        // Outside the lock: on a cluster these are messages to the other nodes.
        for (Started old : givenWay) {
            store.remove(old.state(), old.stored());
        }
        store.put(login.state(), value, KEPT);
        return login;
    }

    /** Takes the login for this state out of the store; it cannot be taken twice, on any node. */
    public Optional<PendingLogin> consume(String state) {
        if (state == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        String value = store.get(state);
        PendingLogin login = value == null ? null : decode(state, value);
        if (login == null) {
            return Optional.empty();
        }
        // A login that expired unused keeps no nonce in its marker: a late launch is told LOGIN_EXPIRED, not a replay.
        String spent = SPENT + (now + REMEMBER_SPENT.toMillis()) + (login.expired(now) ? "" : NONCE_FOLLOWS + digest(login.nonce()));
        boolean taken = store.replace(state, value, spent, REMEMBER_SPENT);
        synchronized (lock) {
            Started mine = started.remove(state);
            if (mine != null) {
                forget(mine);
            }
        }
        return taken && !login.expired(now) ? Optional.of(login) : Optional.empty();
    }

    /** Whether this state belonged to a login that was already completed or attempted. */
    public boolean wasSpent(String state) {
        return spentMarker(state) != null;
    }

    /**
     * Whether this state's login was used by a launch carrying this nonce: the same launch posted again. The nonce is
     * the unverified one of the id_token posted; it matches only the nonce this tool issued for the login.
     */
    public boolean wasSpentWithNonce(String state, String nonce) {
        String marker = spentMarker(state);
        int at = marker == null || nonce == null ? -1 : marker.indexOf(NONCE_FOLLOWS);
        return at >= 0 && MessageDigest.isEqual(marker.substring(at + 1).getBytes(StandardCharsets.US_ASCII),
                digest(nonce).getBytes(StandardCharsets.US_ASCII));
    }

    /** The spent marker of this state while it is remembered, else null. */
    private String spentMarker(String state) {
        String value = state == null ? null : store.get(state);
        if (value == null || !value.startsWith(SPENT)) {
            return null;
        }
        int end = value.indexOf(NONCE_FOLLOWS);
        try {
            return Long.parseLong(value, 1, end < 0 ? value.length() : end, 10) > clock.millis() ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A nonce as the marker keeps it: its SHA-256, so an entry stays small whatever the nonce's length. */
    static String digest(String nonce) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** Looks at a login without taking it (the page that fetches the browser secret needs the platform). */
    public Optional<PendingLogin> peek(String state) {
        String value = state == null ? null : store.get(state);
        return Optional.ofNullable(value == null ? null : decode(state, value)).filter(l -> !l.expired(clock.millis()));
    }

    int size() {
        synchronized (lock) {
            return started.size();
        }
    }

    int size(PlatformId platform) {
        synchronized (lock) {
            Map<String, Started> ofPlatform = startedByPlatform.get(platform);
            return ofPlatform == null ? 0 : ofPlatform.size();
        }
    }

    /** The login's fields after a marker; the state is the key. */
    static String encode(PendingLogin login) {
        return WAITING + Fields.writer().text(login.nonce()).text(login.browserSecret()).uuid(login.platformId().value())
                .text(login.issuer()).text(login.clientId()).text(login.storageTarget()).text(login.storageOrigin())
                .number(login.expiresAtMillis());
    }

    /** The waiting login a stored value holds, or null for a spent marker (or anything else). */
    static PendingLogin decode(String state, String value) {
        if (!value.startsWith(WAITING)) {
            return null;
        }
        Fields.Reader in = Fields.reader(value.substring(1));
        return new PendingLogin(state, in.text(), in.text(), new PlatformId(in.uuid()), in.text(), in.text(), in.text(),
                in.text(), in.number());
    }

    /** Drops expired logins from the head of the queue: the work is what expired (the store drops its own). */
    private void sweep(long now) {
        for (Iterator<Started> oldest = started.values().iterator(); oldest.hasNext(); ) {
            Started login = oldest.next();
            if (now <= login.expiresAtMillis()) {
                break;
            }
            oldest.remove();
            forget(login);
        }
    }

    private Started evict(Started oldest, String cap) {
        started.remove(oldest.state());
        forget(oldest);
        // One line per thousand evictions: a flood must not flood the log as well.
        if (evicted++ % 1_000 == 0) {
            LOG.warnf("PENDING_LOGINS_FULL: the oldest login in progress gave way (cap %s; %d so far)", cap, evicted);
        }
        return oldest;
    }

    private void forget(Started login) {
        Map<String, Started> ofPlatform = startedByPlatform.get(login.platformId());
        if (ofPlatform != null) {
            ofPlatform.remove(login.state());
            if (ofPlatform.isEmpty()) {
                startedByPlatform.remove(login.platformId());
            }
        }
    }
}
