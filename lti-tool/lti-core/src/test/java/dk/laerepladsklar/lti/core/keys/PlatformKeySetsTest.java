package dk.laerepladsklar.lti.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dk.laerepladsklar.lti.core.net.OutboundPolicy;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platforms' key sets against a JWKS served by a real JDK HTTP server. */
class PlatformKeySetsTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String published;
    private volatile long delayMillis;
    private final PlatformKeySets keySets = new PlatformKeySets();
    private RSAKey known;
    private ExecutorService launches;

    @BeforeEach
    void start() throws Exception {
        known = new RSAKeyGenerator(2048).keyID("moodle-key-1").generate();
        published = new JWKSet(known.toPublicJWK()).toString();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/mod/lti/certs.php", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = published.getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (IOException e) {
                // the tool stopped waiting
            }
        });
        server.start();
        keySets.http = PlatformHttp.with(new OutboundPolicy(true, false)).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        keySets.waitForFetch = Duration.ofMillis(300);
        keySets.minRefetchInterval = Duration.ofMillis(200);
        launches = Executors.newFixedThreadPool(50);
    }

    @AfterEach
    void stop() {
        launches.shutdownNow();
        server.stop(0);
    }

    @Test
    void aKnownKeyIsFetchedOnceAndThenAnsweredFromMemory() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.of(known.toPublicJWK()), keySets.key(jwksUrl(), "moodle-key-1"));
        }
        assertEquals(1, requests.get());
        assertEquals(1, keySets.fetches());
    }

    @Test
    void anUnknownKeyIdRefetchesAtMostOncePerInterval() throws Exception {
        keySets.key(jwksUrl(), "moodle-key-1");
        keySets.key(jwksUrl(), "forged-1");
        keySets.key(jwksUrl(), "forged-2");
        assertEquals(1, requests.get(), "within the interval an unknown kid does not refetch");

        Thread.sleep(250);
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("moodle-key-2").generate();
        published = new JWKSet(List.of(known.toPublicJWK(), rotated.toPublicJWK())).toString();

        assertEquals(Optional.of(rotated.toPublicJWK()), keySets.key(jwksUrl(), "moodle-key-2"), "a rotated key is found");
        assertEquals(2, requests.get());
    }

    @Test
    void aFloodOfUnknownKeyIdsMakesOneRequestAndWaitsABoundedTime() throws Exception {
        keySets.key(jwksUrl(), "moodle-key-1");
        Thread.sleep(250);
        delayMillis = 2_000; // the platform is slow now
        requests.set(0);

        long started = System.nanoTime();
        List<Future<Optional<?>>> flood = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String kid = "forged-" + i;
            flood.add(launches.submit(() -> keySets.key(jwksUrl(), kid)));
        }
        int answeredQuickly = 0;
        for (Future<Optional<?>> launch : flood) {
            assertEquals(Optional.empty(), launch.get());
        }
        for (Future<Optional<?>> launch : flood) {
            answeredQuickly += launch.isDone() ? 1 : 0;
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(1, requests.get(), "one fetch for the whole flood");
        assertEquals(50, answeredQuickly);
        assertTrue(tookMillis < 2_600, "the fetching launch waits for the platform, the others at most "
                + keySets.waitForFetch.toMillis() + " ms: " + tookMillis + " ms");
    }

    @Test
    void aKnownKeyAnswersAtOnceWhileAFetchForUnknownOnesIsUnderWay() throws Exception {
        keySets.key(jwksUrl(), "moodle-key-1");
        Thread.sleep(250);
        delayMillis = 2_000;
        Future<?> forged = launches.submit(() -> keySets.key(jwksUrl(), "forged"));
        while (requests.get() == 0) {
            Thread.sleep(5);
        }

        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertEquals(Optional.of(known.toPublicJWK()), keySets.key(jwksUrl(), "moodle-key-1"));
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis < 200, "1,000 real launches' key lookups took " + tookMillis + " ms during the fetch");
        forged.get();
    }

    @Test
    void aPlatformThatIsDownIsNotAskedAgainAtOnce() {
        String down = "http://127.0.0.1:1/mod/lti/certs.php";
        assertEquals(Optional.empty(), keySets.key(down, "moodle-key-1"));
        assertEquals(Optional.empty(), keySets.key(down, "moodle-key-1"));
        assertEquals(2, keySets.fetches() + 1, "the second lookup within the interval does not fetch");
    }

    private String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mod/lti/certs.php";
    }
}
