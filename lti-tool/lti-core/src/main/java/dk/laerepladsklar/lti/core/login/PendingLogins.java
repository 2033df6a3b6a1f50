package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.core.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logins in progress, held in memory (no durable write on the launch path). A state can be used once;
 * a used state is remembered for a while so that a replayed launch is reported as such.
 */
@ApplicationScoped
public class PendingLogins {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration REMEMBER_SPENT = Duration.ofMinutes(10);
    private static final int MAX_PENDING = 500_000;

    private final Map<String, PendingLogin> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> spentStates = new ConcurrentHashMap<>();
    private final AtomicInteger untilSweep = new AtomicInteger(1_000);

    public PendingLogin start(Registration registration, String targetLinkUri, String storageTarget) {
        sweepNowAndThen();
        if (pending.size() >= MAX_PENDING) {
            throw new IllegalStateException("Too many logins in progress");
        }
        PendingLogin login = new PendingLogin(RandomTokens.next(), RandomTokens.next(), RandomTokens.next(),
                registration.platformId(), registration.issuer(), registration.clientId(), targetLinkUri,
                storageTarget, origin(registration.authLoginUrl()), System.currentTimeMillis() + LIFETIME.toMillis());
        pending.put(login.state(), login);
        return login;
    }

    /** Takes the login for this state out of the store; it cannot be taken twice. */
    public Optional<PendingLogin> consume(String state) {
        if (state == null) {
            return Optional.empty();
        }
        PendingLogin login = pending.remove(state);
        if (login == null) {
            return Optional.empty();
        }
        spentStates.put(state, System.currentTimeMillis() + REMEMBER_SPENT.toMillis());
        return login.expired(System.currentTimeMillis()) ? Optional.empty() : Optional.of(login);
    }

    /** Whether this state belonged to a login that was already completed or attempted. */
    public boolean wasSpent(String state) {
        Long until = state == null ? null : spentStates.get(state);
        return until != null && until > System.currentTimeMillis();
    }

    /** Looks at a login without taking it (the page that fetches the browser secret needs the platform). */
    public Optional<PendingLogin> peek(String state) {
        return Optional.ofNullable(state == null ? null : pending.get(state))
                .filter(l -> !l.expired(System.currentTimeMillis()));
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    int size() {
        return pending.size();
    }

    private void sweepNowAndThen() {
        if (untilSweep.decrementAndGet() > 0) {
            return;
        }
        untilSweep.set(1_000);
        long now = System.currentTimeMillis();
        pending.values().removeIf(l -> l.expired(now));
        spentStates.values().removeIf(until -> until < now);
    }
}
