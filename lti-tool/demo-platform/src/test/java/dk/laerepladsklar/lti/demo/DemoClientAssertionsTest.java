package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoClientAssertionsTest {

    private static final String ISSUER = "http://127.0.0.1:8080/api/demo-lms";
    private static final String TOKEN_URL = ISSUER + "/token";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("dyn-1").subject("dyn-1").audience(TOKEN_URL)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60))).jwtID("j-1");
    }

    private static Optional<String> problem(JWTClaimsSet.Builder claims) {
        return DemoClientAssertions.problem(claims.build(), TOKEN_URL, ISSUER, NOW);
    }

    @Test
    void acceptsAProperAssertion() {
        assertEquals(Optional.empty(), problem(valid()));
        assertEquals(Optional.empty(), problem(valid().audience(List.of("other", ISSUER))));
        assertEquals(Optional.empty(), problem(valid().expirationTime(Date.from(NOW.plusSeconds(300)))));
    }

    @Test
    void refusesWrongClaims() {
        assertEquals(Optional.of("iss_missing"), problem(valid().issuer(null)));
        assertEquals(Optional.of("sub_is_not_the_client_id"), problem(valid().subject("someone")));
        assertEquals(Optional.of("aud_is_not_the_token_url"), problem(valid().audience("http://elsewhere/token")));
        assertEquals(Optional.of("exp_missing"), problem(valid().expirationTime(null)));
        assertEquals(Optional.of("expired"), problem(valid().expirationTime(Date.from(NOW.minusSeconds(6)))));
        assertEquals(Optional.of("exp_too_far_ahead"), problem(valid().expirationTime(Date.from(NOW.plusSeconds(306)))));
        assertEquals(Optional.of("iat_in_future"), problem(valid().issueTime(Date.from(NOW.plusSeconds(60)))));
        assertEquals(Optional.of("jti_missing"), problem(valid().jwtID(null)));
    }

    @Test
    void aJtiIsUsedOncePerClient() {
        DemoClientAssertions assertions = new DemoClientAssertions();

        assertTrue(assertions.useJti("dyn-1", "j-1", NOW.plusSeconds(60), NOW));
        assertFalse(assertions.useJti("dyn-1", "j-1", NOW.plusSeconds(60), NOW.plusSeconds(1)));
        assertTrue(assertions.useJti("dyn-2", "j-1", NOW.plusSeconds(60), NOW));
    }
}
