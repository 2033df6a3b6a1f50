package dk.laerepladsklar.lti.core.services;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform's service endpoints on 127.0.0.1, behaving like Moodle 4.5's: the token endpoint answers JSON
 * labelled {@code text/html} with tokens that live 3600 s, and every other route wants a Bearer token it
 * issued (else 401). Tests add routes and read back what the tool sent.
 */
public final class FakePlatform implements AutoCloseable {

    public static final String TOKEN_PATH = "/mod/lti/token.php";

    static {
        // Without it the JDK server's small answers wait for a delayed ACK: 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the tool sent. */
    public record Request(String method, URI uri, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public String bearer() {
            String authorization = header("Authorization");
            return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        }

        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            return form;
        }

        public Map<String, Object> json() {
            try {
                return Json.object(body);
            } catch (java.text.ParseException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** What the platform answers. */
    public record Answer(int status, String contentType, String body, Map<String, List<String>> headers, Duration delay) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of(), Duration.ZERO);
        }

        public static Answer empty(int status) {
            return new Answer(status, null, "", Map.of(), Duration.ZERO);
        }

        public static Answer of(int status, String contentType, String body) {
            return new Answer(status, contentType, body, Map.of(), Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, List<String>> more = new LinkedHashMap<>(headers);
            more.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return new Answer(status, contentType, body, more, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, contentType, body, headers, wait);
        }
    }

    @FunctionalInterface
    public interface Route {
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "fake-platform");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile Route tokenRoute = this::issueToken;
    private volatile Duration tokenDelay = Duration.ZERO;

    private FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakePlatform start() {
        try {
            return new FakePlatform();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like Moodle's issuer: the site's root, no trailing slash. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String pathAndQuery) {
        return issuer() + pathAndQuery;
    }

    /** Answers {@code method path} (any query) for requests with a valid Bearer token. */
    public FakePlatform on(String method, String path, Route route) {
        routes.put(method + " " + path, route);
        return this;
    }

    /** Replaces the token endpoint's behaviour (the default issues a token). */
    public void tokenEndpoint(Route route) {
        tokenRoute = route;
    }

    public void tokenDelay(Duration delay) {
        tokenDelay = delay;
    }

    /** The platform forgets every token it issued, as after a restart: services answer 401 until a new one. */
    public void revokeTokens() {
        validTokens.clear();
    }

    public int tokenRequests() {
        return requestsTo(TOKEN_PATH).size();
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    /** The default token endpoint: a new token for every request, as Moodle does. */
    public Answer issueToken(Request request) {
        String token = "token-" + tokensIssued.incrementAndGet();
        validTokens.add(token);
        return Answer.of(200, "text/html; charset=utf-8", Json.write(Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", 3600, "scope", request.form().getOrDefault("scope", ""))));
    }

    private void handle(HttpExchange exchange) {
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(), body);
            requests.add(request);
            Answer answer;
            try {
                answer = answer(request);
            } catch (Exception e) {
                answer = Answer.of(500, "text/plain", e.toString());
            }
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            }
            answer.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the tool gave up waiting (a timeout test): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private Answer answer(Request request) throws Exception {
        if (request.uri().getPath().equals(TOKEN_PATH) && "POST".equals(request.method())) {
            Answer answer = tokenRoute.answer(request);
            return tokenDelay.isZero() ? answer : answer.after(tokenDelay);
        }
        Route route = routes.get(request.method() + " " + request.uri().getPath());
        if (route == null) {
            return Answer.json(404, "{\"errors\":{\"type\":\"not_found\",\"message\":\"The specified resource does not exist.\"}}");
        }
        if (request.bearer() == null || !validTokens.contains(request.bearer())) {
            return Answer.json(401, "{\"error\":\"invalid_token\"}");
        }
        return route.answer(request);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
