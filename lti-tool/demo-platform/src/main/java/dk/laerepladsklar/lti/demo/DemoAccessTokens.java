package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The OAuth 2 access tokens the demo LMS hands to tools: opaque, one hour, bound to a client and its scopes. */
@ApplicationScoped
public class DemoAccessTokens {

    public static final long LIFETIME_SECONDS = 3600;

    /** What a token allows. */
    public record Grant(String clientId, Set<String> scopes, Instant expiresAt) {
        public boolean allowsAny(String... wanted) {
            for (String scope : wanted) {
                if (scopes.contains(scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public String issue(String clientId, Set<String> scopes, Instant now) {
        grants.values().removeIf(g -> g.expiresAt().isBefore(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(clientId, Set.copyOf(scopes), now.plusSeconds(LIFETIME_SECONDS)));
        return token;
    }

    /** The grant of a token that is known and not expired. */
    public Optional<Grant> find(String token, Instant now) {
        Grant grant = token == null ? null : grants.get(token);
        return grant == null || !grant.expiresAt().isAfter(now) ? Optional.empty() : Optional.of(grant);
    }
}
