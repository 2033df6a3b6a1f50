package dk.laerepladsklar.lti.core.services;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import dk.laerepladsklar.lti.core.registration.Platform;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Access tokens for a platform's services: the OAuth2 client credentials grant with a JWT client assertion
 * signed by the tool (1EdTech Security Framework §4.1). Tokens are cached per platform and scope set and
 * reused until shortly before they expire; callers asking for the same token at once share one request.
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class);

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** A token is not handed out in its last minute, so it cannot expire on the way to the platform. */
    static final Duration REUSE_MARGIN = Duration.ofSeconds(60);
    /** When the platform does not say how long a token lives (it should: Moodle says 3600). */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    @Inject
    Registrations registrations;
    @Inject
    ToolKeys toolKeys;

    Clock clock = Clock.systemUTC();
    PlatformHttp http = PlatformHttp.forInstallation();
    Duration timeout = PlatformHttp.REQUEST_TIMEOUT;

    private final Map<Key, CompletableFuture<AccessToken>> tokens = new ConcurrentHashMap<>();
    private final AtomicLong requestsMade = new AtomicLong();
    private final AtomicLong requestsFailed = new AtomicLong();

    private record Key(PlatformId platform, Set<String> scopes) {
        static Key of(PlatformId platform, Collection<String> scopes) {
            return new Key(platform, Set.copyOf(scopes));
        }
    }

    private record Endpoint(String tokenUrl, String clientId) {
    }

    /**
     * A token for these scopes: the cached one while it is fresh, else one new request (shared with every
     * caller that asks for the same platform and scopes meanwhile).
     */
    public AccessToken token(PlatformId platform, Collection<String> scopes) throws TokenUnavailable {
        Key key = Key.of(platform, scopes);
        CompletableFuture<AccessToken> mine = new CompletableFuture<>();
        CompletableFuture<AccessToken> current = tokens.compute(key, (k, held) -> usable(held) ? held : mine);
        if (current == mine) {
            try {
                AccessToken token = request(key);
                mine.complete(token);
                return token;
            } catch (TokenUnavailable | RuntimeException e) {
                tokens.remove(key, mine); // the next caller asks again; those waiting now share this failure
                mine.completeExceptionally(e);
                throw e;
            } finally {
                if (!mine.isDone()) { // an Error: never leave the others waiting for a request that is over
                    tokens.remove(key, mine);
                    mine.completeExceptionally(new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, "token request failed"));
                }
            }
        }
        try {
            return current.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenUnavailable unavailable) {
                throw new TokenUnavailable(unavailable.kind(), unavailable.detail());
            }
            throw new IllegalStateException("Token request failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, "interrupted while waiting for a token");
        }
    }

    /**
     * Drops the cached token if it is the one a service refused (HTTP 401), so the next {@link #token} asks
     * for a new one. Callers that saw the same refusal at once cause only one new request.
     */
    public void invalidate(PlatformId platform, Collection<String> scopes, AccessToken refused) {
        tokens.computeIfPresent(Key.of(platform, scopes), (k, held) -> held.isDone() && !held.isCompletedExceptionally()
                && held.join().value().equals(refused.value()) ? null : held);
    }

    /** Forgets every cached token of a platform, e.g. after its registration changed. */
    public void forget(PlatformId platform) {
        tokens.keySet().removeIf(key -> key.platform().equals(platform));
    }

    /** How many token requests this node has sent to platforms since it started (for the benchmark). */
    public long requestsMade() {
        return requestsMade.get();
    }

    /** How many of those got no token (no answer, a refusal, an answer without a token); for the metrics. */
    public long requestsFailed() {
        return requestsFailed.get();
    }

    private boolean usable(CompletableFuture<AccessToken> held) {
        if (held == null) {
            return false;
        }
        if (!held.isDone()) {
            return true; // in flight: wait for it rather than asking again
        }
        return !held.isCompletedExceptionally() && held.join().reusableAt(clock.instant());
    }

    private AccessToken request(Key key) throws TokenUnavailable {
        Endpoint endpoint;
        String assertion;
        try {
            endpoint = endpoint(key.platform());
            assertion = assertion(endpoint);
        } catch (RuntimeException e) {
            // The tool's own database (registrations, keys) is out of reach: worth asking again later.
            LOG.warnf(e, "No token request for platform %s: the registration or the tool key cannot be read", key.platform());
            throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, "registration or tool key not readable");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", JWT_BEARER);
        form.put("client_assertion", assertion);
        form.put("scope", String.join(" ", new TreeSet<>(key.scopes())));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(endpoint.tokenUrl()))
                    .timeout(timeout)
                    .header("Content-Type", FORM)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new TokenUnavailable(TokenUnavailable.Kind.NOT_REGISTERED, "token URL is not usable: " + endpoint.tokenUrl());
        }
        Instant sentAt = clock.instant();
        HttpResponse<String> response;
        try {
            requestsMade.incrementAndGet();
            response = http.send(request);
        } catch (IOException e) {
            requestsFailed.incrementAndGet();
            LOG.warnf("Token endpoint %s of platform %s not reachable: %s", endpoint.tokenUrl(), key.platform(), e.toString());
            throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            requestsFailed.incrementAndGet();
            Thread.currentThread().interrupt();
            throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, "interrupted");
        }
        try {
            return answer(key, endpoint, response, sentAt);
        } catch (TokenUnavailable e) {
            requestsFailed.incrementAndGet();
            throw e;
        }
    }

    private AccessToken answer(Key key, Endpoint endpoint, HttpResponse<String> response, Instant sentAt) throws TokenUnavailable {
        int status = response.statusCode();
        // Moodle labels its JSON text/html: read the body whatever the Content-Type says.
        Map<String, Object> body = Json.objectIfAny(response.body()).orElse(null);
        if (status / 100 == 2) {
            String value = Json.text(body, "access_token");
            if (value == null || value.isBlank()) {
                LOG.warnf("Token endpoint %s answered %d without an access_token", endpoint.tokenUrl(), status);
                throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, "no access_token in the answer");
            }
            Duration lifetime = lifetime(body.get("expires_in"));
            Duration margin = REUSE_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? REUSE_MARGIN : lifetime.dividedBy(2);
            Instant expiresAt = sentAt.plus(lifetime);
            return new AccessToken(value, expiresAt, expiresAt.minus(margin));
        }
        String error = Json.text(body, "error");
        String detail = "HTTP " + status + (error == null ? "" : " " + error);
        if (status == 429 || status == 408 || status / 100 == 5) {
            LOG.warnf("Token endpoint %s of platform %s failed: %s", endpoint.tokenUrl(), key.platform(), detail);
            throw new TokenUnavailable(TokenUnavailable.Kind.UNAVAILABLE, detail);
        }
        LOG.warnf("Token endpoint %s of platform %s refused client %s scopes %s: %s", endpoint.tokenUrl(), key.platform(),
                endpoint.clientId(), key.scopes(), detail);
        throw new TokenUnavailable(TokenUnavailable.Kind.REFUSED, detail);
    }

    private Endpoint endpoint(PlatformId platformId) throws TokenUnavailable {
        Platform platform = registrations.platform(platformId)
                .orElseThrow(() -> new TokenUnavailable(TokenUnavailable.Kind.NOT_REGISTERED, "no platform " + platformId));
        if (platform.getTokenUrl() == null || platform.getTokenUrl().isBlank()) {
            throw new TokenUnavailable(TokenUnavailable.Kind.NOT_REGISTERED, "platform " + platformId + " has no token URL");
        }
        return new Endpoint(platform.getTokenUrl(), platform.getClientId());
    }

    /** Security Framework §4.1.1: iss = sub = client_id, aud = the token endpoint, a fresh jti, a short exp. */
    private String assertion(Endpoint endpoint) {
        Instant now = clock.instant();
        return toolKeys.sign(new JWTClaimsSet.Builder()
                .issuer(endpoint.clientId())
                .subject(endpoint.clientId())
                .audience(endpoint.tokenUrl())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .build());
    }

    private static Duration lifetime(Object expiresIn) {
        long seconds = -1;
        if (expiresIn instanceof Number number) {
            seconds = number.longValue();
        } else if (expiresIn instanceof String text) {
            try {
                seconds = Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                seconds = -1;
            }
        }
        return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
