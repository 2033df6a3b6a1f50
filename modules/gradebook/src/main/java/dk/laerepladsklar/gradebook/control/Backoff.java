package dk.laerepladsklar.gradebook.control;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a delivery again: exponential backoff with full jitter, from two seconds up to fifteen minutes,
 * so a platform that is down for an hour is asked a few dozen times, not thousands, and many waiting scores
 * do not all come back at the same instant.
 */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration LONGEST = Duration.ofMinutes(15);

    private Backoff() {
    }

    /** The wait after {@code attempts} failed attempts (1 = the first failure). */
    public static Duration after(int attempts) {
        long cap = LONGEST.toMillis();
        long exponential = FIRST.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long ceiling = Math.min(cap, exponential);
        // Full jitter between half the ceiling and the ceiling: never zero, never all at once.
        long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        return Duration.ofMillis(wait);
    }
}
