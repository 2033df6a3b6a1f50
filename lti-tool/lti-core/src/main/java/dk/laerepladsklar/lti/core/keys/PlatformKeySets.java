package dk.laerepladsklar.lti.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The platforms' public keys, fetched from their JWKS URLs and held in memory. A key id that is not in
 * the cached set triggers one refetch (at most one every few seconds per URL), so a platform's key
 * rotation just works without letting forged key ids hammer the platform.
 */
@ApplicationScoped
public class PlatformKeySets {

    private static final Logger LOG = Logger.getLogger(PlatformKeySets.class);
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(5);
    static final Duration MAX_AGE = Duration.ofHours(12);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final Map<String, Cached> byUrl = new ConcurrentHashMap<>();

    private record Cached(JWKSet keys, long fetchedAt) {
    }

    /** The key with this id from the platform's set, refetching the set once if it is unknown. */
    public Optional<JWK> key(String jwksUrl, String kid) {
        Cached cached = byUrl.get(jwksUrl);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.fetchedAt() < MAX_AGE.toMillis()) {
            JWK key = cached.keys().getKeyByKeyId(kid);
            if (key != null || now - cached.fetchedAt() < MIN_REFETCH_INTERVAL.toMillis()) {
                return Optional.ofNullable(key);
            }
        }
        return Optional.ofNullable(refetch(jwksUrl, cached).keys().getKeyByKeyId(kid));
    }

    /** Forgets a platform's keys, e.g. after its registration changed. */
    public void forget(String jwksUrl) {
        byUrl.remove(jwksUrl);
    }

    private Cached refetch(String jwksUrl, Cached seen) {
        synchronized (jwksUrl.intern()) {
            Cached current = byUrl.get(jwksUrl);
            if (current != null && current != seen) {
                return current; // another request fetched it meanwhile
            }
            if (current != null && System.currentTimeMillis() - current.fetchedAt() < MIN_REFETCH_INTERVAL.toMillis()) {
                return current;
            }
            Cached fetched;
            try {
                fetched = new Cached(fetch(jwksUrl), System.currentTimeMillis());
            } catch (IOException | ParseException e) {
                LOG.warnf("Could not fetch the platform key set %s: %s", jwksUrl, e.toString());
                // Keep what we had, and do not retry at once: a platform that is down must not be hammered.
                fetched = new Cached(current == null ? new JWKSet() : current.keys(), System.currentTimeMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return current == null ? new Cached(new JWKSet(), 0) : current;
            }
            byUrl.put(jwksUrl, fetched);
            return fetched;
        }
    }

    private JWKSet fetch(String jwksUrl) throws IOException, InterruptedException, ParseException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                        .timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json")
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JWKSet.parse(response.body());
    }
}
