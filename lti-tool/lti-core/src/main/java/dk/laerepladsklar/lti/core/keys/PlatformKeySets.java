package dk.laerepladsklar.lti.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The platforms' public keys, fetched from their JWKS URLs and held in memory. A key id that is in the
 * cached set is answered at once, without any lock or wait. A key id that is not triggers one refetch (at
 * most one every few seconds per URL), so a platform's key rotation just works without letting forged key
 * ids hammer the platform. One fetch per URL at a time: the first caller fetches, the others wait for it
 * a bounded time and then answer from what is cached, so a flood of launches with unknown key ids holds no
 * thread for long and cannot queue up behind a slow platform.
 */
@ApplicationScoped
public class PlatformKeySets {

    private static final Logger LOG = Logger.getLogger(PlatformKeySets.class);
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(5);
    static final Duration MAX_AGE = Duration.ofHours(12);
    /** How long a launch waits for another launch's fetch of the same key set. */
    static final Duration WAIT_FOR_FETCH = Duration.ofSeconds(3);
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    PlatformHttp http = PlatformHttp.forInstallation().withTimeouts(Duration.ofSeconds(3), FETCH_TIMEOUT);
    Duration waitForFetch = WAIT_FOR_FETCH;
    Duration minRefetchInterval = MIN_REFETCH_INTERVAL;

    private final Map<String, Cached> byUrl = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Cached>> fetching = new ConcurrentHashMap<>();
    private final AtomicLong fetches = new AtomicLong();
    private final AtomicLong fetchFailures = new AtomicLong();

    private record Cached(JWKSet keys, long fetchedAt) {
    }

    /** The key with this id from the platform's set, refetching the set once if it is unknown. */
    public Optional<JWK> key(String jwksUrl, String kid) {
        Cached cached = byUrl.get(jwksUrl);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.fetchedAt() < MAX_AGE.toMillis()) {
            JWK key = cached.keys().getKeyByKeyId(kid);
            if (key != null || now - cached.fetchedAt() < minRefetchInterval.toMillis()) {
                return Optional.ofNullable(key);
            }
        }
        return Optional.ofNullable(refetch(jwksUrl, cached).keys().getKeyByKeyId(kid));
    }

    /** Forgets a platform's keys, e.g. after its registration changed. */
    public void forget(String jwksUrl) {
        byUrl.remove(jwksUrl);
    }

    /** How many key-set requests this node has sent (for tests and the benchmark). */
    public long fetches() {
        return fetches.get();
    }

    /** How many of those brought no key set (no answer, not HTTP 200, not a key set); for the metrics. */
    public long fetchFailures() {
        return fetchFailures.get();
    }

    private Cached refetch(String jwksUrl, Cached seen) {
        CompletableFuture<Cached> mine = new CompletableFuture<>();
        CompletableFuture<Cached> running = fetching.putIfAbsent(jwksUrl, mine);
        if (running != null) {
            return await(running, jwksUrl, seen);
        }
        try {
            Cached current = byUrl.get(jwksUrl);
            Cached result;
            if (current != null && current != seen) {
                result = current; // another launch fetched it between our look and our turn
            } else if (current != null && System.currentTimeMillis() - current.fetchedAt() < minRefetchInterval.toMillis()) {
                result = current;
            } else {
                result = fetchAndStore(jwksUrl, current);
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            fetching.remove(jwksUrl, mine);
        }
    }

    private Cached fetchAndStore(String jwksUrl, Cached current) {
        Cached fetched;
        // The refetch interval counts from when the request went out, not from when a slow answer came back.
        long startedAt = System.currentTimeMillis();
        try {
            fetches.incrementAndGet();
            fetched = new Cached(fetch(jwksUrl), startedAt);
        } catch (IOException | ParseException | IllegalArgumentException e) {
            fetchFailures.incrementAndGet();
            LOG.warnf("Could not fetch the platform key set %s: %s", PlatformHttp.forLog(jwksUrl), e.getMessage());
            // Keep what we had, and do not retry at once: a platform that is down must not be hammered.
            fetched = new Cached(current == null ? new JWKSet() : current.keys(), startedAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return current == null ? new Cached(new JWKSet(), 0) : current;
        }
        byUrl.put(jwksUrl, fetched);
        return fetched;
    }

    /** Waits a bounded time for the fetch another launch is making; after that, answers from the cache. */
    private Cached await(CompletableFuture<Cached> running, String jwksUrl, Cached seen) {
        try {
            return running.get(waitForFetch.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Cached current = byUrl.get(jwksUrl);
        return current != null ? current : seen != null ? seen : new Cached(new JWKSet(), 0);
    }

    private JWKSet fetch(String jwksUrl) throws IOException, InterruptedException, ParseException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                .timeout(FETCH_TIMEOUT)
                .header("Accept", "application/json")
                .GET().build());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JWKSet.parse(response.body());
    }
}
