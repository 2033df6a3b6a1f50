package dk.laerepladsklar.lti.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over TLS the connection goes to the checked address while the handshake speaks the platform's name: SNI
 * carries it and the certificate must match it. A JDK HTTPS server on 127.0.0.1 with a certificate for
 * {@code moodle.skole.test} (made by the JDK's keytool), names resolved by the test.
 */
class PlatformHttpTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static SSLContext client;
    private static final List<String> serverNames = new CopyOnWriteArrayList<>();
    private static final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("platform.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "platform", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=moodle.skole.test", "-ext", "SAN=dns:moodle.skole.test",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys); // the tool trusts this one certificate, as it trusts a public CA's
        client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/mod/lti/certs.php", exchange -> {
            if (((HttpsExchange) exchange).getSSLSession() instanceof ExtendedSSLSession session) {
                session.getRequestedServerNames().forEach(name -> serverNames.add(((SNIHostName) name).getAsciiName()));
            }
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** Dev mode (loopback allowed), with both test names resolving to 127.0.0.1. */
    private static PlatformHttp http() {
        return PlatformHttp.with(new OutboundPolicy(true, false, host -> {
            if (host.endsWith(".skole.test")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(host);
        })).withTls(client);
    }

    @Test
    void theHandshakeAndTheHostHeaderNameThePlatformWhileTheSocketGoesToTheCheckedAddress() throws Exception {
        int port = server.getAddress().getPort();
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(
                URI.create("https://moodle.skole.test:" + port + "/mod/lti/certs.php")).build());

        assertEquals(200, response.statusCode());
        assertEquals("{\"keys\":[]}", response.body());
        assertEquals(List.of("moodle.skole.test"), serverNames, "SNI");
        assertEquals(List.of("moodle.skole.test:" + port), hostHeaders);
        assertEquals(true, response.sslSession().isPresent());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        int port = server.getAddress().getPort();
        PlatformUnreachable refused = assertThrows(PlatformUnreachable.class, () -> http().send(HttpRequest.newBuilder(
                URI.create("https://evil.skole.test:" + port + "/mod/lti/certs.php")).build()));

        assertEquals(Reason.TLS_FAILED, refused.reason(), refused.getMessage());
    }
}
