package dk.laerepladsklar.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks of a tool's client assertion (RFC 7523, as LTI uses it to get a token): {@code iss} and
 * {@code sub} are the client id, {@code aud} names the token URL (the issuer is accepted too), {@code exp} lies
 * at most five minutes ahead, and a {@code jti} is used only once.
 */
@ApplicationScoped
public class DemoClientAssertions {

    static final long MAX_LIFETIME_SECONDS = 300;
    static final long LEEWAY_SECONDS = 5;

    private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();

    /** What is wrong with the assertion's claims, or empty when they are fine (the signature is checked apart). */
    public static Optional<String> problem(JWTClaimsSet claims, String tokenUrl, String issuer, Instant now) {
        String iss = claims.getIssuer();
        if (iss == null || iss.isBlank()) {
            return Optional.of("iss_missing");
        }
        if (!iss.equals(claims.getSubject())) {
            return Optional.of("sub_is_not_the_client_id");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !(audience.contains(tokenUrl) || audience.contains(issuer))) {
            return Optional.of("aud_is_not_the_token_url");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return Optional.of("exp_missing");
        }
        if (exp.toInstant().isBefore(now.minusSeconds(LEEWAY_SECONDS))) {
            return Optional.of("expired");
        }
        if (exp.toInstant().isAfter(now.plusSeconds(MAX_LIFETIME_SECONDS + LEEWAY_SECONDS))) {
            return Optional.of("exp_too_far_ahead");
        }
        Date iat = claims.getIssueTime();
        if (iat != null && iat.toInstant().isAfter(now.plusSeconds(LEEWAY_SECONDS))) {
            return Optional.of("iat_in_future");
        }
        if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
            return Optional.of("jti_missing");
        }
        return Optional.empty();
    }

    /** Uses a {@code jti} up; false when the client already used it. Forgotten once the assertion has expired. */
    public boolean useJti(String clientId, String jti, Instant expiresAt, Instant now) {
        usedJtis.values().removeIf(until -> until.isBefore(now.minusSeconds(LEEWAY_SECONDS)));
        return usedJtis.putIfAbsent(clientId + " " + jti, expiresAt) == null;
    }
}
