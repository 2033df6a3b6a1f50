package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Logins in progress, held in memory (no durable write on the launch path). A state can be used once;
 * a used state is remembered for a while so that a replayed launch is reported as such.
 *
 * <p>Memory is bounded whatever arrives. Every login lives equally long, so the order in which logins start is
 * the order in which they expire: a map kept in insertion order is the expiry queue, swept from its head on
 * every start (and, unlike a plain queue, a completed login leaves it at once). Each platform may hold at most
 * {@code lpk.pending-logins-per-platform} logins; beyond that its own oldest login gives way, so a flood
 * of initiations naming one school cannot push out another school's logins, and real logins of the flooded
 * school survive as long as the flood needs to make that many (the caps are far above any class at 8:00). The
 * total is capped the same way ({@code lpk.pending-logins-max}), and so is the memory of spent states.
 */
@ApplicationScoped
public class PendingLogins {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final Duration REMEMBER_SPENT = Duration.ofMinutes(10);
    static final int DEFAULT_PER_PLATFORM = 20_000;
    static final int DEFAULT_MAX = 50_000;

    private static final Logger LOG = Logger.getLogger(PendingLogins.class);

    private final int perPlatform;
    private final int max;
    private final int maxSpent;
    private final Object lock = new Object();
    private final LinkedHashMap<String, PendingLogin> pending = new LinkedHashMap<>();
    private final Map<PlatformId, LinkedHashMap<String, PendingLogin>> pendingByPlatform = new HashMap<>();
    private final LinkedHashMap<String, Long> spentStates = new LinkedHashMap<>();
    private long evicted;

    Clock clock = Clock.systemUTC();

    public PendingLogins() {
        this(Installation.number("lpk.pending-logins-per-platform", "LPK_PENDING_LOGINS_PER_PLATFORM", DEFAULT_PER_PLATFORM),
                Installation.number("lpk.pending-logins-max", "LPK_PENDING_LOGINS_MAX", DEFAULT_MAX));
    }

    PendingLogins(int perPlatform, int max) {
        this.perPlatform = Math.max(1, perPlatform);
        this.max = Math.max(1, max);
        this.maxSpent = 2 * this.max;
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
        synchronized (lock) {
            sweep(now);
            LinkedHashMap<String, PendingLogin> ofPlatform =
                    pendingByPlatform.computeIfAbsent(login.platformId(), p -> new LinkedHashMap<>());
            if (ofPlatform.size() >= perPlatform) {
                evict(ofPlatform.values().iterator().next(), "per platform");
            }
            if (pending.size() >= max) {
                evict(pending.values().iterator().next(), "in total");
            }
            pending.put(login.state(), login);
            pendingByPlatform.computeIfAbsent(login.platformId(), p -> new LinkedHashMap<>()).put(login.state(), login);
        }
        return login;
    }

    /** Takes the login for this state out of the store; it cannot be taken twice. */
    public Optional<PendingLogin> consume(String state) {
        if (state == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        synchronized (lock) {
            PendingLogin login = pending.remove(state);
            if (login == null) {
                return Optional.empty();
            }
            forget(login);
            rememberSpent(login.state(), now);
            return login.expired(now) ? Optional.empty() : Optional.of(login);
        }
    }

    /** Whether this state belonged to a login that was already completed or attempted. */
    public boolean wasSpent(String state) {
        if (state == null) {
            return false;
        }
        synchronized (lock) {
            Long until = spentStates.get(state);
            return until != null && until > clock.millis();
        }
    }

    /** Looks at a login without taking it (the page that fetches the browser secret needs the platform). */
    public Optional<PendingLogin> peek(String state) {
        if (state == null) {
            return Optional.empty();
        }
        synchronized (lock) {
            return Optional.ofNullable(pending.get(state)).filter(l -> !l.expired(clock.millis()));
        }
    }

    int size() {
        synchronized (lock) {
            return pending.size();
        }
    }

    int size(PlatformId platform) {
        synchronized (lock) {
            Map<String, PendingLogin> ofPlatform = pendingByPlatform.get(platform);
            return ofPlatform == null ? 0 : ofPlatform.size();
        }
    }

    int spentSize() {
        synchronized (lock) {
            return spentStates.size();
        }
    }

    /** Drops expired logins and spent states from the heads of their queues: the work is what expired. */
    private void sweep(long now) {
        for (Iterator<PendingLogin> oldest = pending.values().iterator(); oldest.hasNext(); ) {
            PendingLogin login = oldest.next();
            if (!login.expired(now)) {
                break;
            }
            oldest.remove();
            forget(login);
        }
        for (Iterator<Long> oldest = spentStates.values().iterator(); oldest.hasNext(); ) {
            if (oldest.next() > now) {
                break;
            }
            oldest.remove();
        }
    }

    private void evict(PendingLogin oldest, String cap) {
        pending.remove(oldest.state());
        forget(oldest);
        // One line per thousand evictions: a flood must not flood the log as well.
        if (evicted++ % 1_000 == 0) {
            LOG.warnf("PENDING_LOGINS_FULL: the oldest login in progress gave way (cap %s; %d so far)", cap, evicted);
        }
    }

    private void forget(PendingLogin login) {
        Map<String, PendingLogin> ofPlatform = pendingByPlatform.get(login.platformId());
        if (ofPlatform != null) {
            ofPlatform.remove(login.state());
            if (ofPlatform.isEmpty()) {
                pendingByPlatform.remove(login.platformId());
            }
        }
    }

    private void rememberSpent(String state, long now) {
        sweep(now);
        if (spentStates.size() >= maxSpent) {
            // Forgetting a spent state early costs only the wording of a replay's refusal (the state is
            // unknown either way, and the nonce is checked on its own).
            Iterator<Long> oldest = spentStates.values().iterator();
            oldest.next();
            oldest.remove();
        }
        spentStates.put(state, now + REMEMBER_SPENT.toMillis());
    }
}
