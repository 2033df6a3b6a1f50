package dk.laerepladsklar.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing of the admin token, per client address, for the admin API and the admin page alike. A few
 * wrong tokens are free (a typo, a stale script); after that each wrong token locks the address out for a time
 * that doubles with every failure, up to {@link #MAX_LOCK}. While locked out, an address is refused at once (429)
 * without its token being looked at, so no request thread ever waits and no guess is tested. A right token ends it.
 *
 * <p>Held in memory per node: enough to turn a guess per millisecond into a guess per quarter hour. At most
 * {@link #MAX_ADDRESSES} addresses are remembered (least recently seen forgotten first), so a flood of addresses
 * cannot fill the heap.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Failures older than this are forgotten: a colleague's typo last week does not count against today. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ADDRESSES = 10_000;

    Clock clock = Clock.systemUTC();

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** How long this address must still wait, or empty when it may try a token now. */
    public synchronized Optional<Duration> lockedOut(String address) {
        Failures known = current(address);
        Instant now = clock.instant();
        if (known == null || known.lockedUntil() == null || !now.isBefore(known.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, known.lockedUntil()));
    }

    /**
     * Counts a wrong token from this address.
     *
     * @return the lock-out this failure started, or empty while the address still has free failures
     */
    public synchronized Optional<Duration> failed(String address) {
        Failures known = current(address);
        Instant now = clock.instant();
        int count = known == null ? 1 : known.count() + 1;
        Duration lock = null;
        if (count > FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES - 1, 30);
            lock = FIRST_LOCK.multipliedBy(1L << doublings);
            if (lock.compareTo(MAX_LOCK) > 0) {
                lock = MAX_LOCK;
            }
        }
        failures.put(key(address), new Failures(count, now, lock == null ? null : now.plus(lock)));
        return Optional.ofNullable(lock);
    }

    /** A right token: the address starts afresh. */
    public synchronized void succeeded(String address) {
        failures.remove(key(address));
    }

    private Failures current(String address) {
        Failures known = failures.get(key(address));
        if (known != null && known.last().plus(FORGET_AFTER).isBefore(clock.instant())
                && (known.lockedUntil() == null || known.lockedUntil().isBefore(clock.instant()))) {
            failures.remove(key(address));
            return null;
        }
        return known;
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
