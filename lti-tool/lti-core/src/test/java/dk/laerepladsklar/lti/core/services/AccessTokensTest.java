package dk.laerepladsklar.lti.core.services;

import static dk.laerepladsklar.lti.core.services.ServiceFixture.CLIENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.services.FakePlatform.Answer;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AccessTokens} against a Moodle-like token endpoint on 127.0.0.1. */
class AccessTokensTest {

    private static final Set<String> SCORE = Set.of(LtiClaims.SCOPE_SCORE);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
    private FakePlatform moodle;
    private ServiceFixture tool;

    @BeforeEach
    void start() {
        moodle = FakePlatform.start();
        tool = ServiceFixture.against(moodle).withClock(clock);
    }

    @AfterEach
    void stop() {
        moodle.close();
    }

    @Test
    void theTokenRequestIsAPlainFormWithTheClientCredentialsGrant() throws Exception {
        tool.tokens.token(tool.platformId, Set.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM));

        FakePlatform.Request request = moodle.requestsTo(FakePlatform.TOKEN_PATH).get(0);
        assertEquals("POST", request.method());
        assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
        Map<String, String> form = request.form();
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertEquals(Set.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM), Set.of(form.get("scope").split(" ")));
    }

    @Test
    void theAssertionIsSignedByTheToolForItsClientIdAndTheTokenUrl() throws Exception {
        tool.tokens.token(tool.platformId, SCORE);

        SignedJWT assertion = SignedJWT.parse(moodle.requestsTo(FakePlatform.TOKEN_PATH).get(0).form().get("client_assertion"));
        assertEquals(JWSAlgorithm.RS256, assertion.getHeader().getAlgorithm());
        assertEquals(tool.toolPublicKey().getKeyID(), assertion.getHeader().getKeyID());
        assertTrue(assertion.verify(new RSASSAVerifier(tool.toolPublicKey())));
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertEquals(CLIENT_ID, claims.getIssuer());
        assertEquals(CLIENT_ID, claims.getSubject());
        assertEquals(List.of(moodle.url(FakePlatform.TOKEN_PATH)), claims.getAudience());
        assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());
        assertEquals(clock.instant(), claims.getIssueTime().toInstant());
        assertEquals(clock.instant().plusSeconds(300), claims.getExpirationTime().toInstant());
    }

    @Test
    void everyAssertionHasItsOwnJti() throws Exception {
        tool.tokens.token(tool.platformId, SCORE);
        tool.tokens.token(tool.platformId, Set.of(LtiClaims.SCOPE_NRPS));

        List<String> jtis = new ArrayList<>();
        for (FakePlatform.Request request : moodle.requestsTo(FakePlatform.TOKEN_PATH)) {
            jtis.add(SignedJWT.parse(request.form().get("client_assertion")).getJWTClaimsSet().getJWTID());
        }
        assertNotEquals(jtis.get(0), jtis.get(1));
    }

    @Test
    void moodlesJsonLabelledTextHtmlIsRead() throws Exception {
        AccessToken token = tool.tokens.token(tool.platformId, SCORE);

        assertEquals("token-1", token.value());
        assertEquals(clock.instant().plusSeconds(3600), token.expiresAt());
    }

    @Test
    void aTokenIsReusedUntilAMinuteBeforeItExpires() throws Exception {
        AccessToken first = tool.tokens.token(tool.platformId, SCORE);
        clock.advance(Duration.ofSeconds(3539));
        assertEquals(first, tool.tokens.token(tool.platformId, SCORE));
        assertEquals(1, moodle.tokenRequests());

        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", tool.tokens.token(tool.platformId, SCORE).value());
        assertEquals(2, moodle.tokenRequests());
        assertEquals(2, tool.tokens.requestsMade());
    }

    @Test
    void tokensAreCachedPerScopeSetWhateverTheOrder() throws Exception {
        AccessToken both = tool.tokens.token(tool.platformId, List.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM));
        AccessToken sameTwo = tool.tokens.token(tool.platformId, List.of(LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_SCORE));
        AccessToken scoreOnly = tool.tokens.token(tool.platformId, SCORE);

        assertEquals(both, sameTwo);
        assertNotEquals(both.value(), scoreOnly.value());
        assertEquals(2, moodle.tokenRequests());
    }

    @Test
    void callersAskingAtOnceShareOneTokenRequest() throws Exception {
        moodle.tokenDelay(Duration.ofMillis(300));
        int callers = 16;
        CountDownLatch ready = new CountDownLatch(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<AccessToken>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit((Callable<AccessToken>) () -> {
                    ready.countDown();
                    ready.await();
                    return tool.tokens.token(tool.platformId, SCORE);
                }));
            }
            for (Future<AccessToken> answer : answers) {
                assertEquals("token-1", answer.get().value());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, moodle.tokenRequests());
        assertEquals(1, tool.tokens.requestsMade());
    }

    @Test
    void aRefusalSaysWhyAndIsNotCached() {
        moodle.tokenEndpoint(request -> Answer.of(400, "text/html", "{\"error\":\"invalid_scope\"}"));

        TokenUnavailable refused = assertThrows(TokenUnavailable.class, () -> tool.tokens.token(tool.platformId, SCORE));
        assertEquals(TokenUnavailable.Kind.REFUSED, refused.kind());
        assertTrue(refused.detail().contains("invalid_scope"), refused.detail());
        assertThrows(TokenUnavailable.class, () -> tool.tokens.token(tool.platformId, SCORE));
        assertEquals(2, moodle.tokenRequests());
    }

    @Test
    void afterARefusalTheNextCallerAsksAgain() throws Exception {
        moodle.tokenEndpoint(request -> Answer.json(503, "{}"));
        TokenUnavailable down = assertThrows(TokenUnavailable.class, () -> tool.tokens.token(tool.platformId, SCORE));
        assertEquals(TokenUnavailable.Kind.UNAVAILABLE, down.kind());

        moodle.tokenEndpoint(moodle::issueToken);
        assertEquals("token-1", tool.tokens.token(tool.platformId, SCORE).value());
        assertEquals(2, moodle.tokenRequests());
    }

    @Test
    void anAnswerWithoutATokenIsNoToken() {
        moodle.tokenEndpoint(request -> Answer.of(200, "text/html", "<html>Tool is pending</html>"));

        assertEquals(TokenUnavailable.Kind.UNAVAILABLE,
                assertThrows(TokenUnavailable.class, () -> tool.tokens.token(tool.platformId, SCORE)).kind());
    }

    @Test
    void anUnreachableTokenEndpointIsUnavailable() throws Exception {
        moodle.close();

        assertEquals(TokenUnavailable.Kind.UNAVAILABLE,
                assertThrows(TokenUnavailable.class, () -> tool.tokens.token(tool.platformId, SCORE)).kind());
    }

    @Test
    void anUnknownPlatformIsNotRegisteredAndNothingIsSent() {
        PlatformId unknown = new PlatformId(UUID.randomUUID());

        assertEquals(TokenUnavailable.Kind.NOT_REGISTERED,
                assertThrows(TokenUnavailable.class, () -> tool.tokens.token(unknown, SCORE)).kind());
        assertEquals(0, moodle.tokenRequests());
    }

    @Test
    void invalidatingDropsOnlyTheRefusedToken() throws Exception {
        AccessToken first = tool.tokens.token(tool.platformId, SCORE);
        tool.tokens.invalidate(tool.platformId, SCORE, first);
        AccessToken second = tool.tokens.token(tool.platformId, SCORE);
        assertEquals("token-2", second.value());

        tool.tokens.invalidate(tool.platformId, SCORE, first); // a late 401 for the old token
        assertEquals(second, tool.tokens.token(tool.platformId, SCORE));
        assertEquals(2, moodle.tokenRequests());
    }
}
