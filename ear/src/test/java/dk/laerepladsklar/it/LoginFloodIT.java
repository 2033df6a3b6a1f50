package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile client floods the login endpoint: huge fields cost a 413 or a 400 and no memory, real launches go on,
 * and one address that starts logins faster than any school gets 429.
 *
 * <p>The heap is read through WildFly's management API (the platform MBeans, after a full GC) with the client
 * Arquillian already holds, which signs in as the local user: no management user or password is needed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginFloodIT {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;
    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = DemoLaunchClient.newHttpClient();

    @BeforeEach
    void theDemoLmsIsRegistered() throws Exception {
        // Its first launch registers the demo LMS, whose issuer and client id the initiations below name.
        assertTrue(ToolUnderTest.at(url).client().launch(new CookieJar(), "tomrer-gf2", "student-emma", "da", true).landed());
    }

    @Test
    void twoHundredHugeLoginInitiationsAreRefusedAndLeaveNoMemoryBehind() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        DemoLaunchClient client = tool.client();
        Flood flood = new Flood(tool.toolBase() + "/api/lti/login", tool.lmsBase());
        for (int i = 0; i < Flood.KINDS; i++) {
            flood.send(i); // the refusal paths, warm
        }
        long before = usedHeapAfterFullGc();

        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int kind = i;
            answers.add(senders.submit(() -> flood.send(kind)));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(3, TimeUnit.MINUTES), 1, Integer::sum);
        }
        senders.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long after = usedHeapAfterFullGc();

        boolean realLaunchLanded = client.launch(new CookieJar(), "tomrer-gf2", "student-sofie", "en", true).landed();
        System.out.printf("LoginFloodIT: %s in %d s; used heap after full GC %d MB before, %d MB after%n",
                statuses, took.toSeconds(), mb(before), mb(after));
        assertAll(
                () -> assertTrue(statuses.keySet().stream().allMatch(s -> s == 400 || s == 413), "statuses: " + statuses),
                () -> assertTrue(took.compareTo(Duration.ofMinutes(3)) < 0, "the flood took " + took),
                () -> assertTrue(after - before < TWENTY_MB, "used heap after a full GC grew from " + mb(before) + " to "
                        + mb(after) + " MB over 200 initiations of 5 MB (" + statuses + ", " + took.toSeconds() + " s)"),
                () -> assertTrue(realLaunchLanded, "a real launch still succeeds"));
    }

    @Test
    void eachFieldIsCappedAtTwoKilobytesWithAFriendlyPage() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        String login = tool.toolBase() + "/api/lti/login";
        for (String field : List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id",
                "lti_deployment_id", "lti_storage_target")) {
            Map<String, String> form = moodleInitiation(tool.lmsBase());
            form.put(field, "x".repeat(2049));

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(login))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(HtmlForm.encode(form))).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(400, answer.statusCode(), field + ": " + answer.body());
            assertTrue(answer.body().contains("LOGIN_FIELD_TOO_LONG"), field + ": " + answer.body());
            assertTrue(answer.body().contains("We could not open Lærepladsklar"), answer.body());
            assertTrue(answer.headers().allValues("set-cookie").isEmpty(), field + ": nothing was started");
        }
        Map<String, String> real = moodleInitiation(tool.lmsBase());
        real.put("lti_message_hint", "x".repeat(2048));
        HttpResponse<String> fine = http.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(HtmlForm.encode(real))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fine.statusCode(), "2 KB is still accepted: " + fine.body());
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        byte[] body = ("iss=" + "a".repeat(70 * 1024)).getBytes(StandardCharsets.US_ASCII);
        for (String path : List.of("/api/lti/login", "/api/lti/launch", "/api/lti/register")) {
            HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());

            for (HttpResponse<String> answer : List.of(declared, chunked)) {
                assertEquals(413, answer.statusCode(), path + ": " + answer.body());
                assertTrue(answer.body().contains("REQUEST_TOO_LARGE"), answer.body());
                assertTrue(answer.body().contains("Vi kunne ikke åbne Lærepladsklar"), answer.body());
            }
        }
        // A small chunked login initiation is read from the buffer, its fields parsed there: it works.
        byte[] small = HtmlForm.encode(moodleInitiation(tool.lmsBase())).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("id=\"continue\""), login.body());
    }

    @Test
    void oneAddressBeyondTheRateLimitGets429AndOthersGoOn() throws Exception {
        // From a second loopback address, so the limit of 127.0.0.1 (every other test's) is not spent.
        InetAddress flooder = InetAddress.getByName("127.0.0.2");
        int admitted = 0;
        Raw limited = null;
        long started = System.nanoTime();
        for (int i = 0; i < 3000 && limited == null; i++) {
            Raw answer = Raw.get(flooder, url.getPort(), "/api/lti/login");
            if (answer.status() == 429) {
                limited = answer;
            } else {
                admitted++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertTrue(limited != null, "no 429 after " + admitted + " initiations in " + seconds + " s");
        assertTrue(admitted >= 300, "a burst of 300 (a school at 8:00) is admitted: " + admitted);
        assertTrue(admitted <= 300 + 30 * seconds + 30, admitted + " admitted in " + seconds + " s");
        long retryAfter = Long.parseLong(limited.header("retry-after"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(limited.body().contains("LOGIN_RATE_LIMITED"), limited.body());
        assertTrue(limited.body().contains("A great many people are opening Lærepladsklar"), limited.body());

        int stillLimited = 0;
        for (int i = 1; i <= 5; i++) {
            // Were X-Forwarded-For believed, each of these would be a new address with a full burst.
            stillLimited += Raw.get(flooder, url.getPort(), "/api/lti/login", "X-Forwarded-For: 198.51.100." + i).status() == 429 ? 1 : 0;
        }
        assertTrue(stillLimited >= 3, "X-Forwarded-For does not make a new address: " + stillLimited + " of 5 limited");
        Raw other = Raw.get(InetAddress.getByName("127.0.0.1"), url.getPort(), "/api/lti/login");
        assertEquals(401, other.status(), "another address is not limited: " + other.body());
    }

    private static Map<String, String> moodleInitiation(String issuer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", issuer);
        form.put("login_hint", "student-ali");
        form.put("target_link_uri", "http://localhost/");
        form.put("lti_message_hint", "{\"cmid\":\"12\"}");
        form.put("client_id", "lpk-demo-client");
        form.put("lti_deployment_id", "demo-deployment-1");
        return form;
    }

    /** Login initiations naming the real demo platform, each with about 5 MB in some field. */
    private final class Flood {
        static final int KINDS = 4;
        private final String login;
        private final byte[] hugeTargetLinkUri;
        private final byte[] hugeStorageTarget;
        private final byte[] hugeMessageHint;
        private final byte[] everyFieldLarge;

        Flood(String login, String issuer) {
            this.login = login;
            this.hugeTargetLinkUri = with(issuer, "target_link_uri", "https://x.example/" + "a".repeat(FIVE_MB));
            this.hugeStorageTarget = with(issuer, "lti_storage_target", "f".repeat(FIVE_MB));
            this.hugeMessageHint = with(issuer, "lti_message_hint", "{\"h\":\"" + "b".repeat(FIVE_MB) + "\"}");
            Map<String, String> form = new LinkedHashMap<>();
            for (String field : List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id",
                    "lti_deployment_id", "lti_storage_target")) {
                form.put(field, "c".repeat(FIVE_MB / 7));
            }
            this.everyFieldLarge = HtmlForm.encode(form).getBytes(StandardCharsets.US_ASCII);
        }

        private byte[] with(String issuer, String field, String value) {
            Map<String, String> form = moodleInitiation(issuer);
            form.put(field, value);
            return HtmlForm.encode(form).getBytes(StandardCharsets.US_ASCII);
        }

        /** Declared length or chunked, by kind. */
        int send(int kind) throws IOException, InterruptedException {
            HttpRequest.BodyPublisher body = switch (kind % KINDS) {
                case 0 -> HttpRequest.BodyPublishers.ofByteArray(hugeTargetLinkUri);
                case 1 -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeStorageTarget));
                case 2 -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeMessageHint));
                default -> HttpRequest.BodyPublishers.ofByteArray(everyFieldLarge);
            };
            return http.send(HttpRequest.newBuilder(URI.create(login)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(body).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private long usedHeapAfterFullGc() throws IOException {
        ModelNode memory = new ModelNode();
        memory.add("core-service", "platform-mbean");
        memory.add("type", "memory");
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").set(memory);
        execute(gc);
        execute(gc);
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").set(memory);
        read.get("name").set("heap-memory-usage");
        return execute(read).get("used").asLong();
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        ModelNode outcome = management.getControllerClient().execute(operation);
        assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
        return outcome.get("result");
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** One HTTP/1.1 GET over a socket bound to a chosen local address (java.net.http cannot choose it). */
    private record Raw(int status, String head, String body) {

        static Raw get(InetAddress from, int port, String path, String... headers) throws IOException {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
                socket.setSoTimeout(10_000);
                StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nAccept-Language: en\r\nConnection: close\r\n");
                for (String header : headers) {
                    request.append(header).append("\r\n");
                }
                OutputStream out = socket.getOutputStream();
                out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int end = response.indexOf("\r\n\r\n");
                return new Raw(Integer.parseInt(response.substring(9, 12)), response.substring(0, end), response.substring(end + 4));
            }
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }
}
