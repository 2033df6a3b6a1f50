package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The tools' public keys, fetched over HTTP from each tool's {@code jwks_uri} as Moodle does, to check client
 * assertions and Deep Linking responses. A key set is cached and fetched again when a JWT names a key it
 * does not hold (the tool rotated its keys).
 */
@ApplicationScoped
public class DemoToolKeySets {

    private static final Logger LOG = Logger.getLogger(DemoToolKeySets.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, JWKSet> cache = new ConcurrentHashMap<>();
    private final AtomicLong fetches = new AtomicLong();

    /** Whether the JWT is signed with RS256 by a key of the tool's key set. */
    public boolean verify(SignedJWT jwt, String jwksUri) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwksUri == null) {
            return false;
        }
        String kid = jwt.getHeader().getKeyID();
        JWKSet keys = cache.get(jwksUri);
        if (keys == null || candidates(keys, kid).isEmpty()) {
            keys = fetch(jwksUri);
            if (keys == null) {
                return false;
            }
        }
        for (RSAKey key : candidates(keys, kid)) {
            try {
                if (jwt.verify(new RSASSAVerifier(key))) {
                    return true;
                }
            } catch (JOSEException e) {
                LOG.debugf("A tool key could not be used: %s", e.getMessage());
            }
        }
        return false;
    }

    /** How often key sets were fetched (for the stats). */
    public long fetches() {
        return fetches.get();
    }

    private static List<RSAKey> candidates(JWKSet keys, String kid) {
        return keys.getKeys().stream().filter(k -> k instanceof RSAKey)
                .filter(k -> kid == null || kid.equals(k.getKeyID())).map(JWK::toRSAKey).toList();
    }

    private JWKSet fetch(String jwksUri) {
        fetches.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwksUri))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.infof("The tool's key set at %s answered %d", jwksUri, response.statusCode());
                return null;
            }
            JWKSet keys = JWKSet.parse(response.body());
            cache.put(jwksUri, keys);
            return keys;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            LOG.infof("The tool's key set at %s could not be read: %s", jwksUri, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
