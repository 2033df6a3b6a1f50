package dk.laerepladsklar.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hostile second client for the launch benchmark: floods the tool's login initiation endpoint from another
 * loopback address (default 127.0.0.2, so the tool's per-address rate limit sees it apart from the real
 * launches, which come from 127.0.0.1), for a bounded time, and prints how the tool answered. Run it beside
 * {@code bin/bench} to see that real launches keep their latency while the flood is held at its rate limit.
 *
 * <pre>bin/bench flood --url http://localhost:8080 --seconds 120 --connections 2 --field-bytes 2000</pre>
 */
public final class LoginFlood {

    private static final String USAGE = """
            Usage: bin/bench flood [options]
              --url URL            the tool (default http://localhost:8080); loopback only
              --issuer URL         the iss of the initiations (default: the demo LMS, http://127.0.0.1:<port>/api/demo-lms)
              --source ADDRESS     the loopback address to send from (default 127.0.0.2)
              --connections N      senders, each one request at a time (default 2, at most 16)
              --seconds N          how long to flood (default 60, at most 600)
              --field-bytes N      length of login_hint and lti_message_hint (default 1000, at most 10000000)
              --rate N             initiations per second in all, spread over the senders (default 0: as fast as they can)
            """;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>(Map.of("url", "http://localhost:8080", "source", "127.0.0.2",
                "connections", "2", "seconds", "60", "field-bytes", "1000", "rate", "0"));
        for (int i = 0; i < args.length; i++) {
            if ("--help".equals(args[i]) || i + 1 >= args.length || !args[i].startsWith("--")) {
                System.out.print(USAGE);
                return;
            }
            o.put(args[i].substring(2), args[++i]);
        }
        URI url = URI.create(o.get("url"));
        InetAddress source = InetAddress.getByName(o.get("source"));
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress() || !source.isLoopbackAddress()) {
            throw new IllegalArgumentException("Loopback addresses only");
        }
        int port = url.getPort() > 0 ? url.getPort() : 80;
        String issuer = o.getOrDefault("issuer", "http://127.0.0.1:" + port + "/api/demo-lms");
        int connections = Math.min(16, Integer.parseInt(o.get("connections")));
        long seconds = Math.min(600, Long.parseLong(o.get("seconds")));
        int fieldBytes = Math.min(10_000_000, Integer.parseInt(o.get("field-bytes")));
        int rate = Math.max(0, Integer.parseInt(o.get("rate")));
        long gapNanos = rate == 0 ? 0 : 1_000_000_000L * connections / rate;

        String filler = "x".repeat(fieldBytes);
        String body = "iss=" + enc(issuer) + "&client_id=lpk-demo-client&lti_deployment_id=demo-deployment-1"
                + "&target_link_uri=" + enc(url.resolve("/").toString()) + "&login_hint=" + filler
                + "&lti_message_hint=" + filler;
        byte[] request = ("POST /api/lti/login HTTP/1.1\r\nHost: " + url.getHost() + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);

        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] senders = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            senders[c] = new Thread(() -> {
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                    if (gapNanos > 0) {
                        next += gapNanos;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                    String status = send(source, url.getHost(), port, request);
                    sent.incrementAndGet();
                    answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }
            }, "flood-" + c);
            senders[c].start();
        }
        long started = System.nanoTime();
        for (Thread sender : senders) {
            sender.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("login flood from %s: %d initiations in %.1f s (%.0f/s), %d-byte fields%n",
                source.getHostAddress(), sent.get(), elapsed, sent.get() / elapsed, fieldBytes);
        new TreeMap<>(answers).forEach((status, n) -> System.out.printf("  %-12s %d%n", status, n.get()));
    }

    /** One request on a fresh connection; returns the HTTP status (or the error's name). */
    private static String send(InetAddress source, String host, int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                head.write(b);
            }
            in.transferTo(OutputStream.nullOutputStream());
            String[] statusLine = head.toString(StandardCharsets.US_ASCII).split(" ");
            return statusLine.length > 1 ? statusLine[1] : "no-answer";
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
