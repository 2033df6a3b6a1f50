package dk.laerepladsklar.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.json.Json;

/**
 * A minimal WebDriver BiDi client (W3C WebDriver BiDi, https://w3c.github.io/webdriver-bidi/) over the JDK's
 * {@link WebSocket}: a command is {@code {"id", "method", "params"}}, its answer carries the same id with
 * {@code result} or {@code error}; everything else the browser sends is an event. Firefox speaks this protocol
 * itself on {@code --remote-debugging-port}, so no geckodriver is needed (Debian ships none, and nothing can be
 * downloaded here). JSON through Selenium's {@link Json}, already on the tests' class path.
 * <p>
 * Only what the browser tests use: {@link #send} for any command, and the log entries ({@code log.entryAdded}) kept
 * for failure messages. Values coming back from {@code script.*} are "remote values"; {@link #value} turns the simple
 * ones (strings, numbers, booleans, null, arrays, plain objects) into Java values.
 */
public final class BiDi implements AutoCloseable {

    private static final Json JSON = new Json();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<Map<String, Object>>> waiting = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Map<String, Object> capabilities = Map.of();

    private BiDi(URI endpoint) throws IOException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(endpoint, new Listener()).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + endpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no WebDriver BiDi at " + endpoint + ": " + e, e);
        }
    }

    /** Connects to {@code ws://host:port/session} and starts a session ({@code session.new}). */
    public static BiDi connect(URI endpoint) throws IOException {
        BiDi bidi = new BiDi(endpoint);
        @SuppressWarnings("unchecked")
        Map<String, Object> session = (Map<String, Object>) bidi.send("session.new",
                Map.of("capabilities", Map.of("alwaysMatch", Map.of("acceptInsecureCerts", true)))).get("capabilities");
        bidi.capabilities = session == null ? Map.of() : session;
        bidi.send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
        return bidi;
    }

    /** Sends one command and waits for its answer; a BiDi error becomes a {@link BiDiException}. */
    public Map<String, Object> send(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("id", id);
        command.put("method", method);
        command.put("params", params);
        try {
            socket.sendText(JSON.toJson(command), true).get(10, TimeUnit.SECONDS);
            Map<String, Object> message = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if ("error".equals(message.get("type"))) {
                throw new BiDiException(method + ": " + message.get("error") + ": " + message.get("message"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) message.getOrDefault("result", Map.of());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BiDiException(method + ": interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new BiDiException(method + ": no answer in " + COMMAND_TIMEOUT.toSeconds() + " s (" + e + ")");
        } finally {
            waiting.remove(id);
        }
    }

    /** The browser's answer to {@code session.new} (browserName, browserVersion, …). */
    public Map<String, Object> capabilities() {
        return capabilities;
    }

    /** The page's console and error log so far (for failure messages). */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** A remote value as a Java value: String, Double/Long, Boolean, null, List or Map. */
    @SuppressWarnings("unchecked")
    public static Object value(Object remote) {
        if (!(remote instanceof Map<?, ?> map)) {
            return remote;
        }
        Object type = map.get("type");
        Object value = map.get("value");
        if ("array".equals(type) || "set".equals(type)) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<Object>) value) {
                items.add(value(item));
            }
            return items;
        }
        if ("object".equals(type) || "map".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Object pair : (List<Object>) value) {
                List<Object> kv = (List<Object>) pair;
                object.put(String.valueOf(value(kv.get(0))), value(kv.get(1)));
            }
            return object;
        }
        if ("number".equals(type) && value instanceof String special) { // NaN, Infinity, -0
            return Double.valueOf(special.replace("-0", "0"));
        }
        return value; // string, number, boolean; null and undefined have none
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** A command the browser answered with an error, or did not answer. */
    public static final class BiDiException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BiDiException(String message) {
            super(message);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            waiting.values().forEach(f -> f.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            waiting.values().forEach(f -> f.completeExceptionally(new IOException("closed: " + statusCode + " " + reason)));
            return null;
        }

        @SuppressWarnings("unchecked")
        private void receive(String raw) {
            Map<String, Object> message = JSON.toType(raw, Json.MAP_TYPE);
            Object id = message.get("id");
            if (id instanceof Number n) {
                CompletableFuture<Map<String, Object>> answer = waiting.get(n.longValue());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if ("log.entryAdded".equals(message.get("method"))) {
                Map<String, Object> entry = (Map<String, Object>) message.get("params");
                log.add(entry.get("level") + ": " + entry.get("text"));
            }
        }
    }
}
