package dk.laerepladsklar.it.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform that registers tools by LTI Dynamic Registration, served by the test from a JDK HTTP server on
 * 127.0.0.1 and shaped like Moodle: an OpenID configuration, a registration endpoint that answers with a client
 * id, a key set, and an admin page that opens the tool's registration URL in a dialog (an iframe), as Moodle's
 * "Add LTI Advantage" does. It can also lie like an attacker: claim another site's issuer, and answer with
 * another platform's client id.
 */
public final class RegisteringPlatform implements AutoCloseable {

    public static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    public static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private final HttpServer server;
    private final RSAKey key;
    private final AtomicInteger registrations = new AtomicInteger();
    private volatile String claimedIssuer;
    private volatile String answeredClientId;
    private volatile String lastClientId;

    private RegisteringPlatform(HttpServer server) {
        this.server = server;
        this.key = TestPlatform.newKey("registering-" + UUID.randomUUID().toString().substring(0, 8));
        server.createContext(CONFIGURATION_PATH, exchange -> send(exchange, 200, "application/json",
                JSONObjectUtils.toJSONString(configuration(claimedIssuer != null ? claimedIssuer : origin(), origin()))));
        server.createContext(REGISTRATION_PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            registrations.incrementAndGet();
            String clientId = answeredClientId != null ? answeredClientId : "moodle-" + UUID.randomUUID().toString().substring(0, 8);
            lastClientId = clientId;
            send(exchange, 200, "application/json", registrationReply(clientId, "1"));
        });
        server.createContext("/mod/lti/certs.php", exchange -> send(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/admin/dialog", exchange -> send(exchange, 200, "text/html; charset=utf-8",
                dialogPage(query(exchange.getRequestURI()).get("to"))));
        server.start();
    }

    public static RegisteringPlatform start() {
        try {
            return new RegisteringPlatform(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenID configuration names this issuer instead of the platform's own origin. */
    public RegisteringPlatform claimingIssuer(String issuer) {
        this.claimedIssuer = issuer;
        return this;
    }

    /** The registration endpoint answers with this client id instead of a new one. */
    public RegisteringPlatform answeringClientId(String clientId) {
        this.answeredClientId = clientId;
        return this;
    }

    /** A Moodle-like OpenID configuration: the issuer, and every endpoint under {@code base}. */
    public static Map<String, Object> configuration(String issuer, String base) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("authorization_endpoint", base + "/mod/lti/auth.php");
        configuration.put("token_endpoint", base + "/mod/lti/token.php");
        configuration.put("jwks_uri", base + "/mod/lti/certs.php");
        configuration.put("registration_endpoint", base + REGISTRATION_PATH);
        configuration.put("scopes_supported", List.of("openid", "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        configuration.put("response_types_supported", List.of("id_token"));
        configuration.put("https://purl.imsglobal.org/spec/lti-platform-configuration",
                Map.of("product_family_code", "moodle", "version", "4.5"));
        return configuration;
    }

    public static String registrationReply(String clientId, String deploymentId) {
        return JSONObjectUtils.toJSONString(Map.of("client_id", clientId, TOOL_CONFIGURATION, Map.of("deployment_id", deploymentId)));
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String configurationUrl() {
        return origin() + CONFIGURATION_PATH;
    }

    /** The tool's registration URL as this platform opens it, with its configuration and a registration token. */
    public String opening(String toolRegistrationUrl) {
        return toolRegistrationUrl + (toolRegistrationUrl.contains("?") ? "&" : "?") + "openid_configuration="
                + URLEncoder.encode(configurationUrl(), StandardCharsets.UTF_8) + "&registration_token=" + UUID.randomUUID();
    }

    /** The admin page with the registration dialog open on the tool's registration URL. */
    public String dialog(String toolRegistrationUrl) {
        return origin() + "/admin/dialog?to=" + URLEncoder.encode(opening(toolRegistrationUrl), StandardCharsets.UTF_8);
    }

    public int registrationsReceived() {
        return registrations.get();
    }

    public String lastClientId() {
        return lastClientId;
    }

    public RSAKey key() {
        return key;
    }

    private static String dialogPage(String toolUrl) {
        String escaped = toolUrl.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Manage tools</title></head><body>
                <h1>Manage tools</h1>
                <div id="dialog"><iframe id="registration-frame" src="%s" style="width:900px;height:600px"></iframe></div>
                <p id="closed" hidden>closed</p>
                <script>window.addEventListener('message', function (e) {
                  if (e.data && e.data.subject === 'org.imsglobal.lti.close') {
                    document.getElementById('dialog').hidden = true; document.getElementById('closed').hidden = false; }
                });</script></body></html>""".formatted(escaped);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
