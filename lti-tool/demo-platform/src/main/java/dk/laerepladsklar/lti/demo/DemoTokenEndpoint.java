package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The OAuth 2 token endpoint, as Moodle's {@code mod/lti/token.php}: a client-credentials grant with a
 * JWT client assertion signed by the tool (checked against the tool's JWKS URL), scopes narrowed to what the
 * tool was granted, and a JSON reply labelled {@code text/html}. Every error is a 400 with OAuth 2 JSON
 * ({@code error}, plus an {@code error_description} Moodle does not send) as in Moodle.
 */
@Path("demo-lms/token")
public class DemoTokenEndpoint {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Inject
    DemoPlatform platform;
    @Inject
    DemoToolClients clients;
    @Inject
    DemoToolKeySets keySets;
    @Inject
    DemoClientAssertions assertions;
    @Inject
    DemoAccessTokens tokens;
    @Inject
    DemoAgsMode agsMode;
    @Inject
    DemoServiceAccess access;
    @Context
    UriInfo uriInfo;

    /** Anything but a form: Moodle answers 400. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @DemoCounted("token")
    public Response notAForm() {
        DemoMode.require();
        access.refuseWhenDown();
        return error(400, "invalid_request", "Content-Type must be " + FORM);
    }

    @POST
    @Consumes(FORM)
    @DemoCounted("token")
    public Response token(@HeaderParam("Content-Type") String contentType, MultivaluedMap<String, String> fields) {
        DemoMode.require();
        access.refuseWhenDown();
        // Moodle compares the media type (before any ';') as a string.
        if (contentType == null || !FORM.equals(contentType.split(";", 2)[0].trim())) {
            return error(400, "invalid_request", "Content-Type must be " + FORM);
        }
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!JWT_BEARER.equals(form.get("client_assertion_type")) || blank(form.get("client_assertion"))) {
            return error(400, "invalid_request", "a jwt-bearer client_assertion is required");
        }
        if (blank(form.get("scope"))) {
            return error(400, "invalid_scope", "scope is required");
        }
        SignedJWT assertion;
        JWTClaimsSet claims;
        try {
            assertion = SignedJWT.parse(form.get("client_assertion"));
            claims = assertion.getJWTClaimsSet();
        } catch (ParseException e) {
            return error(400, "invalid_request", "the client assertion is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(assertion.getHeader().getAlgorithm())) {
            return error(400, "invalid_client", "the client assertion must be signed with RS256");
        }
        DemoToolClient client = clients.find(claims.getIssuer(), uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return error(400, "invalid_client", "unknown client");
        }
        String issuer = platform.issuer(uriInfo.getBaseUri());
        Instant now = Instant.now();
        String problem = DemoClientAssertions.problem(claims, issuer + "/token", issuer, now).orElse(null);
        if (problem != null) {
            return error(400, "invalid_client", problem);
        }
        if (!keySets.verify(assertion, client.jwksUri())) {
            return error(400, "invalid_client", "signature_not_verified");
        }
        if (!assertions.useJti(client.clientId(), claims.getJWTID(), claims.getExpirationTime().toInstant(), now)) {
            return error(400, "invalid_client", "jti_already_used");
        }
        Set<String> granted = new LinkedHashSet<>(Arrays.asList(form.get("scope").trim().split("\\s+")));
        granted.retainAll(client.scopes());
        granted.removeIf(scope -> !agsMode.grants(scope));
        if (granted.isEmpty()) {
            return error(400, "invalid_scope", "none of the scopes was granted to this tool");
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("access_token", tokens.issue(client.clientId(), granted, now));
        reply.put("token_type", "Bearer");
        reply.put("expires_in", DemoAccessTokens.LIFETIME_SECONDS);
        reply.put("scope", String.join(" ", granted));
        return moodleJson(200, reply);
    }

    private static Response error(int status, String error, String description) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("error", error);
        reply.put("error_description", description);
        return moodleJson(status, reply);
    }

    /**
     * JSON labelled {@code text/html}, as Moodle's PHP sends it; as bytes, so RESTEasy's sanitizer does not
     * HTML-escape the 400 answers.
     */
    private static Response moodleJson(int status, Map<String, Object> json) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8)).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
