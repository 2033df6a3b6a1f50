package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.it.support.DevServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tool started as bin/run starts it, on a port offset of its own, with {@code LPK_LOG_FORMAT=json}: its console is
 * JSON lines, and SIGTERM suspends it (new requests get 503) while a request in flight finishes with a real answer,
 * and then it stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsShutdownIT {

    private static DevServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevServer.start(Integer.getInteger("lpk.test.ops-port-offset", 2800), "ops",
                Map.of("LPK_LOG_FORMAT", "json"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theConsoleIsJsonLinesOnceLoggingIsUp() throws Exception {
        List<String> lines = Files.readAllLines(server.log().toPath(), StandardCharsets.UTF_8);
        // The first records of a boot come before the logging subsystem: from the server's start message on, all JSON.
        int started = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("WFLYSRV0025")) {
                started = i;
            }
        }
        assertTrue(started >= 0, "the start message is in the log");
        Map<String, Object> record = JSONObjectUtils.parse(lines.get(started));
        assertEquals("INFO", record.get("level"));
        assertTrue(((String) record.get("message")).startsWith("WFLYSRV0025: WildFly"), lines.get(started));
        assertTrue(record.containsKey("timestamp") && record.containsKey("loggerName"), lines.get(started));
        long json = lines.stream().filter(l -> l.startsWith("{\"timestamp\"")).count();
        assertTrue(json >= 20, json + " JSON records");
        // The application's own records are JSON too (the schema migrations' line).
        String migrations = lines.stream().filter(l -> l.contains("Schema at version")).findFirst().orElseThrow();
        assertEquals("dk.laerepladsklar.kernel.SchemaMigrations", JSONObjectUtils.parse(migrations).get("loggerName"));
        assertFalse(lines.stream().anyMatch(l -> l.matches(".*\\d\\d:\\d\\d:\\d\\d,\\d{3} INFO +\\[dk\\.laerepladsklar.*")),
                "no application record in the pattern format");
    }

    @Test
    @Order(2)
    void sigtermLetsARequestInFlightFinishAndTurnsNewOnesAway() throws Exception {
        int port = server.port();
        byte[] body = ("state=forged-8699&id_token=not.a.token&pad=" + "a".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/lti/launch HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The server asks for the body once the launch endpoint reads it: from here the request is in flight.
            assertTrue(readHead(in).startsWith("HTTP/1.1 100"), "the request reached the application");
            out.write(body, 0, 20);
            out.flush();

            ProcessHandle jvm = server.serverJvm();
            long signalled = System.nanoTime();
            assertTrue(jvm.destroy(), "SIGTERM sent"); // what systemd, kill and Ctrl+C send

            assertEquals(503, awaitRefusal(port), "a new request while the server suspends");
            out.write(body, 20, body.length - 20);
            out.flush();
            String answer = readAll(in);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertFalse(status.contains(" 503"), "the request in flight was answered by the application: " + status);
            assertTrue(status.startsWith("HTTP/1.1 4"), status); // the friendly page for a forged launch
            assertTrue(answer.contains("</html>"), "the whole page came back");

            assertTrue(jvm.onExit().get(60, TimeUnit.SECONDS) != null);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
            System.out.printf("SIGTERM to exit with a request in flight: %d ms%n", millis);
        }
        String log = Files.readString(server.log().toPath(), StandardCharsets.UTF_8);
        assertTrue(log.contains("WFLYSRV0211: Suspending server with 30000 ms timeout"), "suspended on SIGTERM");
        assertTrue(log.contains("WFLYSRV0050"), "stopped");
    }

    /** Asks for the home page until the answer is a refusal (503), which must come while the server suspends. */
    private static int awaitRefusal(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() != 200) {
                    return page.statusCode();
                }
            } catch (ConnectException e) {
                return -1; // the listener is gone: the server did not wait for the request in flight
            }
        }
        return 0;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The response up to its Content-Length (the connection may stay open). */
    private static String readAll(InputStream in) throws IOException {
        String head = readHead(in);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return head + new String(body, StandardCharsets.UTF_8);
    }
}
