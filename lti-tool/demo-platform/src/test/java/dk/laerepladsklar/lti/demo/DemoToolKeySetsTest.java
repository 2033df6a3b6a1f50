package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tool's key set is fetched over HTTP, cached, and fetched again when a JWT names an unknown key. */
class DemoToolKeySetsTest {

    private HttpServer server;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private String jwksUri;

    @BeforeEach
    void serveKeys() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            byte[] body = published.get().toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    private static SignedJWT signed(RSAKey key, JWSAlgorithm algorithm) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("dyn-1").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Test
    void cachesTheKeySetAndFetchesAgainForAnUnknownKey() throws Exception {
        RSAKey first = key("k1");
        RSAKey rotated = key("k2");
        published.set(new JWKSet(first.toPublicJWK()));
        DemoToolKeySets keySets = new DemoToolKeySets();

        assertTrue(keySets.verify(signed(first, JWSAlgorithm.RS256), jwksUri));
        assertTrue(keySets.verify(signed(first, JWSAlgorithm.RS256), jwksUri));
        assertEquals(1, keySets.fetches());

        published.set(new JWKSet(rotated.toPublicJWK()));
        assertTrue(keySets.verify(signed(rotated, JWSAlgorithm.RS256), jwksUri));
        assertEquals(2, keySets.fetches());
    }

    @Test
    void refusesAForeignKeyAndOtherAlgorithms() throws Exception {
        RSAKey published = key("k1");
        this.published.set(new JWKSet(published.toPublicJWK()));
        RSAKey foreignWithSameKid = key("k1");
        DemoToolKeySets keySets = new DemoToolKeySets();

        assertFalse(keySets.verify(signed(foreignWithSameKid, JWSAlgorithm.RS256), jwksUri));
        assertFalse(keySets.verify(signed(published, JWSAlgorithm.RS512), jwksUri));
        assertFalse(keySets.verify(signed(published, JWSAlgorithm.RS256), "http://127.0.0.1:1/none"));
    }
}
