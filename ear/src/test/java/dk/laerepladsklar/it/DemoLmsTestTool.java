package dk.laerepladsklar.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in LTI tool for testing the demo LMS alone: it publishes its key set from a JDK HTTP server on
 * 127.0.0.1, registers itself through the LMS's dynamic registration, and plays the tool's side of the
 * protocol by hand (the auth request, Deep Linking responses, client assertions, service calls).
 */
final class DemoLmsTestTool implements AutoCloseable {

    static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final List<String> ALL_SCOPES = List.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE, NRPS);

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final RSAKey key;
    private final String lms;
    private final String base;
    private String clientId;
    private String deploymentId;

    private DemoLmsTestTool(String lms) {
        this.lms = lms;
        try {
            key = new RSAKeyGenerator(2048).keyID("test-tool-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jwks = new JWKSet(key.toPublicJWK()).toString(true);
        server.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A tool registered with the demo LMS through dynamic registration, granted {@code scopes}. */
    static DemoLmsTestTool register(String lms, List<String> scopes) throws Exception {
        DemoLmsTestTool tool = new DemoLmsTestTool(lms);
        tool.registerWith(scopes);
        return tool;
    }

    private void registerWith(List<String> scopes) throws Exception {
        HttpResponse<String> start = send(HttpRequest.newBuilder(URI.create(lms + "/register-tool?url="
                + encode(base + "/register"))).GET());
        check(start, 303, "register-tool");
        URI toolPage = URI.create(start.headers().firstValue("location").orElseThrow());
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : toolPage.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        Map<String, Object> toolConfiguration = new LinkedHashMap<>();
        toolConfiguration.put("domain", "127.0.0.1:" + server.getAddress().getPort());
        toolConfiguration.put("target_link_uri", base + "/launch");
        toolConfiguration.put("claims", List.of("iss", "sub", "name", "email"));
        toolConfiguration.put("messages", List.of(Map.of("type", "LtiDeepLinkingRequest",
                "target_link_uri", base + "/deep-link")));
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("application_type", "web");
        registration.put("response_types", List.of("id_token"));
        registration.put("grant_types", List.of("implicit", "client_credentials"));
        registration.put("initiate_login_uri", base + "/login");
        registration.put("redirect_uris", List.of(base + "/launch"));
        registration.put("client_name", "Test tool");
        registration.put("jwks_uri", base + "/jwks");
        registration.put("token_endpoint_auth_method", "private_key_jwt");
        registration.put("scope", String.join(" ", scopes));
        registration.put("https://purl.imsglobal.org/spec/lti-tool-configuration", toolConfiguration);
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(lms + "/register"))
                .header("Authorization", "Bearer " + query.get("registration_token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(registration))));
        check(reply, 200, "register");
        Map<String, Object> json = JSONObjectUtils.parse(reply.body());
        clientId = (String) json.get("client_id");
        deploymentId = (String) JSONObjectUtils.getJSONObject(json,
                "https://purl.imsglobal.org/spec/lti-tool-configuration").get("deployment_id");
    }

    String clientId() {
        return clientId;
    }

    String deploymentId() {
        return deploymentId;
    }

    String base() {
        return base;
    }

    /**
     * The tool's answer to a login initiation, done by hand: the auth request to the LMS, and the id_token
     * it form-posts back, verified with the LMS's keys.
     */
    JWTClaimsSet authorize(HtmlForm loginInitiation) throws Exception {
        Map<String, String> f = loginInitiation.fields();
        String nonce = UUID.randomUUID().toString();
        String auth = lms + "/auth?scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                + "&client_id=" + encode(f.get("client_id")) + "&redirect_uri=" + encode(base + "/launch")
                + "&login_hint=" + encode(f.get("login_hint")) + "&lti_message_hint=" + encode(f.get("lti_message_hint"))
                + "&state=s-1&nonce=" + encode(nonce);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(auth)).GET());
        check(page, 200, "auth");
        HtmlForm form = HtmlForm.parse(page.body());
        SignedJWT idToken = SignedJWT.parse(form.fields().get("id_token"));
        JWKSet lmsKeys = JWKSet.parse(send(HttpRequest.newBuilder(URI.create(lms + "/jwks")).GET()).body());
        if (!idToken.verify(new RSASSAVerifier(lmsKeys.getKeyByKeyId(idToken.getHeader().getKeyID()).toRSAKey()))) {
            throw new IllegalStateException("The id_token is not signed by the demo LMS");
        }
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw new IllegalStateException("The nonce did not come back");
        }
        return claims;
    }

    /** Claims of a Deep Linking response as a correct tool makes them. */
    JWTClaimsSet.Builder deepLinkingResponse(String data, List<Map<String, Object>> items) {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).audience(lms)
                .issueTime(new Date(now)).expirationTime(new Date(now + 300_000))
                .claim("nonce", UUID.randomUUID().toString())
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", deploymentId)
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items", items);
        if (data != null) {
            claims.claim("https://purl.imsglobal.org/spec/lti-dl/claim/data", data);
        }
        return claims;
    }

    /** Posts a Deep Linking response the way the tool's page does (a form field named {@code JWT}). */
    HttpResponse<String> returnDeepLinking(String jwt) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(lms + "/deep-link-return"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("JWT=" + encode(jwt))));
    }

    String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** A client assertion (RFC 7523) for the token endpoint. */
    JWTClaimsSet.Builder assertion(String audience) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(new Date(now)).expirationTime(new Date(now + 60_000)).jwtID(UUID.randomUUID().toString());
    }

    HttpResponse<String> tokenRequest(String contentType, String assertion, String scope) throws Exception {
        String form = "grant_type=client_credentials&client_assertion_type="
                + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion) + "&scope=" + encode(scope);
        return send(HttpRequest.newBuilder(URI.create(lms + "/token")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** An access token for these scopes (space-separated). */
    String token(String scopes) throws Exception {
        HttpResponse<String> reply = tokenRequest("application/x-www-form-urlencoded",
                sign(assertion(lms + "/token").build()), scopes);
        check(reply, 200, "token");
        return (String) JSONObjectUtils.parse(reply.body()).get("access_token");
    }

    HttpResponse<String> call(String method, String url, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void check(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
