package dk.laerepladsklar.lti.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guarded client against a real JDK HTTP server on 127.0.0.1. */
class PlatformHttpTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final PlatformHttp dev = PlatformHttp.with(new OutboundPolicy(true, false));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        route("/json", exchange -> answer(exchange, 200, "{\"issuer\":\"https://moodle.skole.example\",\"ø\":\"æble\"}"));
        route("/echo", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 201, "{\"ok\":true}");
        });
        route("/chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, 0); // length 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(("{\"part\":" + i + "}\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        route("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", url("/target?secret=1"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        route("/target", exchange -> answer(exchange, 200, "{}"));
        route("/large", exchange -> answerBytes(exchange, TWO_MB, false));
        route("/large-chunked", exchange -> answerBytes(exchange, TWO_MB, true));
        route("/exactly-1mb", exchange -> answerBytes(exchange, PlatformHttp.MAX_BODY_BYTES, false));
        route("/slow", exchange -> {
            sleep(3_000);
            answer(exchange, 200, "{}");
        });
        route("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException e) {
                // the client gave up: as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void loopbackIsRefusedWhenDevModeIsOffAndNothingIsSent() {
        PlatformHttp production = PlatformHttp.with(new OutboundPolicy(false, false));

        assertEquals(Reason.NOT_HTTPS, refusal(production, get("/json")).reason());
        assertEquals(Reason.BLOCKED_ADDRESS, refusal(production, get(url("/json").replace("http:", "https:"))).reason());
        assertEquals(Reason.BLOCKED_ADDRESS, refusal(new PlatformHttp(new OutboundPolicy(false, true), PlatformHttp.CONNECT_TIMEOUT,
                PlatformHttp.REQUEST_TIMEOUT, PlatformHttp.MAX_BODY_BYTES, null), get(url("/json").replace("http:", "https:"))).reason(),
                "allowing private networks does not allow loopback");
        assertEquals(0, hits("/json"));
    }

    @Test
    void inDevModeAJsonAnswerIsReadAsTextWithItsCharset() throws Exception {
        HttpResponse<String> response = dev.send(get("/json"));

        assertEquals(200, response.statusCode());
        assertEquals("{\"issuer\":\"https://moodle.skole.example\",\"ø\":\"æble\"}", response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("content-type").orElseThrow());
        assertEquals(List.of("127.0.0.1:" + port()), hostHeaders);
    }

    @Test
    void aPostCarriesItsBodyAndHeaders() throws Exception {
        HttpResponse<String> response = dev.send(HttpRequest.newBuilder(URI.create(url("/echo")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer t-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Lærepladsklar\"}")).build());

        assertEquals(201, response.statusCode());
        assertEquals(List.of("{\"client_name\":\"Lærepladsklar\"}"), bodies);
    }

    @Test
    void aChunkedAnswerIsReadWhole() throws Exception {
        assertEquals("{\"part\":0}\n{\"part\":1}\n{\"part\":2}\n", dev.send(get("/chunked")).body());
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertEquals(Reason.REDIRECT_REFUSED, refusal(dev, get("/redirect")).reason());
        assertEquals(1, hits("/redirect"));
        assertEquals(0, hits("/target"), "the redirect's target is never called");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWhateverItsFraming() throws Exception {
        assertEquals(Reason.BODY_TOO_LARGE, refusal(dev, get("/large")).reason());
        assertEquals(Reason.BODY_TOO_LARGE, refusal(dev, get("/large-chunked")).reason());
        assertEquals(PlatformHttp.MAX_BODY_BYTES, dev.send(get("/exactly-1mb")).body().length());
    }

    @Test
    void aSlowAnswerTimesOutAtTheRequestsTimeout() {
        long started = System.nanoTime();
        PlatformUnreachable slow = refusal(dev, HttpRequest.newBuilder(URI.create(url("/slow"))).timeout(Duration.ofMillis(400)).build());

        assertEquals(Reason.TIMEOUT, slow.reason());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= 350 && tookMillis < 2_000, tookMillis + " ms");
    }

    @Test
    void anAnswerThatDripsIsCutAtTheTotalTimeNotPerRead() {
        long started = System.nanoTime();
        PlatformUnreachable drip = refusal(dev.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(600)), get("/drip"));

        assertEquals(Reason.TIMEOUT, drip.reason());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 2_000, "every byte came within 100 ms, yet the whole call is capped: " + tookMillis + " ms");
    }

    @Test
    void aClosedPortIsUnreachableNotRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        PlatformUnreachable unreachable = refusal(dev, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed + "/")).build());

        assertEquals(Reason.CONNECT_FAILED, unreachable.reason());
        assertEquals(false, unreachable.refused());
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedAndSpeaksTheOriginalName() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        PlatformHttp named = PlatformHttp.with(new OutboundPolicy(true, false, host -> {
            lookups.incrementAndGet();
            if (!host.equals("moodle.skole.test")) {
                throw new java.net.UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }));

        HttpResponse<String> response = named.send(HttpRequest.newBuilder(URI.create("http://moodle.skole.test:" + port() + "/json")).build());

        assertEquals(200, response.statusCode());
        assertEquals(List.of("moodle.skole.test:" + port()), hostHeaders, "Host names the platform, the socket went to the checked address");
        assertEquals(1, lookups.get(), "resolved once, by the check: nothing resolves it again before connecting");
    }

    @Test
    void aNameThatResolvesToABlockedAddressIsNeverConnected() throws Exception {
        PlatformHttp rebinding = PlatformHttp.with(new OutboundPolicy(false, false, host ->
                new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getLoopbackAddress()}));

        assertEquals(Reason.BLOCKED_ADDRESS, refusal(rebinding,
                HttpRequest.newBuilder(URI.create("https://rebind.test:" + port() + "/json")).build()).reason());
        assertEquals(0, hits("/json"));
    }

    @Test
    void aPooledConnectionServesOnlyItsOwnNameAndEveryNewConnectionIsCheckedAgain() throws Exception {
        Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
        AtomicReference<InetAddress> answer = new AtomicReference<>(InetAddress.getLoopbackAddress());
        PlatformHttp named = PlatformHttp.with(new OutboundPolicy(true, false, host -> {
            lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            return new InetAddress[] {answer.get()};
        }));

        assertEquals(200, named.send(get("http://a.skole.test:" + port() + "/json")).statusCode());
        assertEquals(200, named.send(get("http://a.skole.test:" + port() + "/json")).statusCode());
        assertEquals(1, lookups.get("a.skole.test").get(), "the second call reused the first one's checked connection");

        answer.set(InetAddress.getByName("10.0.0.1")); // the names now resolve to a private address
        assertEquals(Reason.BLOCKED_ADDRESS, refusal(named, get("http://b.skole.test:" + port() + "/json")).reason(),
                "another name never borrows a.skole.test's connection: it is resolved and checked for its own");
        assertEquals(Reason.BLOCKED_ADDRESS, refusal(named, get("https://a.skole.test:" + port() + "/json")).reason(),
                "another scheme is another route: checked afresh");
        assertEquals(200, named.send(get("http://a.skole.test:" + port() + "/json")).statusCode(),
                "the pooled connection still goes to the loopback address that was checked when it was opened");
        assertEquals(List.of("a.skole.test:" + port(), "a.skole.test:" + port(), "a.skole.test:" + port()), hostHeaders);
    }

    // ---- helpers

    private PlatformUnreachable refusal(PlatformHttp http, HttpRequest request) {
        return assertThrows(PlatformUnreachable.class, () -> http.send(request));
    }

    private HttpRequest get(String pathOrUrl) {
        return HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("/") ? url(pathOrUrl) : pathOrUrl)).GET().build();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void answerBytes(HttpExchange exchange, int size, boolean chunked) throws IOException {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        exchange.sendResponseHeaders(200, chunked ? 0 : size);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int written = 0; written < size; written += block.length) {
                out.write(block, 0, Math.min(block.length, size - written));
            }
        } catch (IOException e) {
            // the client stopped reading: as it should
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
