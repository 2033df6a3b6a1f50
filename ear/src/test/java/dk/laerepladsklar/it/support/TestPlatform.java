package dk.laerepladsklar.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The test's own LTI platform, shaped like a Moodle site: its issuer is its origin, it publishes its public
 * keys at {@code /mod/lti/certs.php} from a JDK HTTP server on 127.0.0.1, counts how often the tool fetches
 * them, and can rotate its key. It is registered with the tool as data, in the tool's own database.
 */
public final class TestPlatform implements AutoCloseable {

    private static final String JWKS_PATH = "/mod/lti/certs.php";

    private final HttpServer server;
    private final String clientId;
    private final String deploymentId = "1";
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicLong lastJwksRequest = new AtomicLong();
    private volatile RSAKey key;
    private volatile String publishedKeys;
    /** Scores the platform took (answered 200), per line item path and user, in the order they came. */
    private final Map<String, List<Map<String, Object>>> scores = new ConcurrentHashMap<>();
    private final AtomicInteger heldScores = new AtomicInteger();
    /** While set, a score POST waits here and is then answered 503 without being taken. */
    private volatile CountDownLatch scoreHold;

    private TestPlatform(HttpServer server, String clientId, RSAKey key) {
        this.server = server;
        this.clientId = clientId;
        publish(key);
        // Moodle's token endpoint, minimal: any client-credentials request gets a token (JSON labelled text/html).
        server.createContext("/mod/lti/token.php", exchange -> {
            exchange.getRequestBody().readAllBytes();
            tokenRequests.incrementAndGet();
            byte[] body = ("{\"access_token\":\"test-token-" + tokenRequests.get()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // AGS scores: POST <line item>/scores. Each is taken and counted, unless the test holds them.
        server.createContext("/lineitems/", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/scores")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            CountDownLatch hold = scoreHold;
            if (hold != null) {
                heldScores.incrementAndGet();
                try {
                    hold.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(503, -1); // not taken: the sender must try again (if it still lives)
                exchange.close();
                return;
            }
            Map<String, Object> score;
            try {
                score = com.nimbusds.jose.util.JSONObjectUtils.parse(new String(request, StandardCharsets.UTF_8));
            } catch (java.text.ParseException e) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            String lineItem = path.substring(0, path.length() - "/scores".length());
            scores.computeIfAbsent(lineItem + " " + score.get("userId"), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(score);
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext(JWKS_PATH, exchange -> {
            jwksRequests.incrementAndGet();
            lastJwksRequest.set(System.currentTimeMillis());
            byte[] body = publishedKeys.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** A platform on a free port of 127.0.0.1, with a fresh RSA key whose kid is {@code <name>-key-1}. */
    public static TestPlatform start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // A thread per request: a held score must not keep the tool's token and key requests waiting.
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "test-platform");
                thread.setDaemon(true);
                return thread;
            }));
            return new TestPlatform(server, "lpk-" + name + "-" + UUID.randomUUID().toString().substring(0, 8),
                    newKey(name + "-key-1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers this platform and its deployment by writing the rows an admin's registration would write. */
    public TestPlatform registerIn(DataSource db) {
        UUID platformId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = db.getConnection();
             PreparedStatement platform = connection.prepareStatement(
                     "insert into lti_platform (id, issuer, client_id, name, auth_login_url, token_url, jwks_url, registered_at)"
                             + " values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement deployment = connection.prepareStatement(
                     "insert into lti_deployment (id, platform_id, deployment_id, created_at) values (?, ?, ?, ?)")) {
            platform.setObject(1, platformId);
            platform.setString(2, issuer());
            platform.setString(3, clientId);
            platform.setString(4, "Test platform " + clientId);
            platform.setString(5, authUrl());
            platform.setString(6, issuer() + "/mod/lti/token.php");
            platform.setString(7, jwksUrl());
            platform.setTimestamp(8, now);
            platform.executeUpdate();
            deployment.setObject(1, UUID.randomUUID());
            deployment.setObject(2, platformId);
            deployment.setString(3, deploymentId);
            deployment.setTimestamp(4, now);
            deployment.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the test platform", e);
        }
        return this;
    }

    /** Serves something more on this platform's origin (e.g. an OpenID configuration for a registration test). */
    public TestPlatform serve(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** Replaces the published key set by a single new key, and signs with it from now on. */
    public RSAKey rotateKey(String kid) {
        publish(newKey(kid));
        return key;
    }

    private void publish(RSAKey newKey) {
        this.key = newKey;
        this.publishedKeys = new JWKSet(newKey.toPublicJWK()).toString();
    }

    /** A launch of this platform for a learner (Moodle user 5, Ali Hassan) in a course. */
    public Launches learner(String courseId) {
        return Launches.learner(this, courseId);
    }

    /** A launch of this platform for an instructor (Moodle user 3, Hanne Holm) in a course. */
    public Launches instructor(String courseId) {
        return Launches.instructor(this, courseId);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String authUrl() {
        return issuer() + "/mod/lti/auth.php";
    }

    public String jwksUrl() {
        return issuer() + JWKS_PATH;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    /** A line item (gradebook column) of this platform, for a placement the test makes. */
    public String lineItemUrl(String name) {
        return issuer() + "/lineitems/" + name + "/lineitem";
    }

    /** From now on score POSTs wait, unanswered, until {@link #takeScores()}; then they are answered 503. */
    public void holdScores() {
        scoreHold = new CountDownLatch(1);
    }

    /** Lets held score POSTs go (answered 503, not taken) and takes every later one. */
    public void takeScores() {
        CountDownLatch hold = scoreHold;
        scoreHold = null;
        if (hold != null) {
            hold.countDown();
        }
    }

    /** How many score POSTs were held so far. */
    public int scoresHeld() {
        return heldScores.get();
    }

    /** The scores taken for a user in a line item ({@link #lineItemUrl}), in the order they came. */
    public List<Map<String, Object>> scoresFor(String lineItemUrl, String userId) {
        String path = java.net.URI.create(lineItemUrl).getPath();
        List<Map<String, Object>> taken = scores.get(path + " " + userId);
        return taken == null ? List.of() : List.copyOf(taken);
    }

    /** The key the platform currently signs with and publishes. */
    public RSAKey key() {
        return key;
    }

    /** How many times the tool fetched the key set. */
    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** How many access tokens the tool asked for. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** When the tool last fetched the key set (epoch millis, 0 if never). */
    public long lastJwksRequestMillis() {
        return lastJwksRequest.get();
    }

    @Override
    public void close() {
        takeScores();
        server.stop(0);
    }
}
