package dk.laerepladsklar.lti.core.validation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Nonces already seen in a launch, remembered for longer than any id_token lives. */
@ApplicationScoped
public class UsedNonces {

    private static final Duration REMEMBER = Duration.ofMinutes(15);

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicInteger untilSweep = new AtomicInteger(1_000);

    /** @return false if the nonce was used before */
    public boolean markUsed(String nonce) {
        long now = System.currentTimeMillis();
        sweepNowAndThen(now);
        Long previous = seen.putIfAbsent(nonce, now + REMEMBER.toMillis());
        return previous == null || previous < now;
    }

    public boolean wasUsed(String nonce) {
        Long until = nonce == null ? null : seen.get(nonce);
        return until != null && until >= System.currentTimeMillis();
    }

    private void sweepNowAndThen(long now) {
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(1_000);
            seen.values().removeIf(until -> until < now);
        }
    }
}
