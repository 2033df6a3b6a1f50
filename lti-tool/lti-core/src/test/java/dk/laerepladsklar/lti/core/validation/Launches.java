package dk.laerepladsklar.lti.core.validation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dk.laerepladsklar.lti.core.login.PendingLogin;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the id_token of a launch the way Moodle 4.5 sends it (full role URIs, {@code exp = iat + 60},
 * context, resource link, launch presentation), then lets a test change or drop any part of it:
 * {@code Launches.learner("C1").withAgs(lineitems).forLogin(login).signedBy(platformKey)}.
 */
final class Launches {

    static final String ISSUER = "https://moodle.skole.example";
    static final String CLIENT_ID = "lpk-moodle-client";
    static final String DEPLOYMENT_ID = "1";
    static final String TARGET_LINK_URI = "https://lpk.example/api/lti/launch";
    /** The instant every launch is issued at unless a test says otherwise; the validator's clock stands here. */
    static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    static final String LEARNER = LIS + "membership#Learner";
    static final String INSTRUCTOR = LIS + "membership#Instructor";

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private String kid;
    private boolean withoutKid;
    private RSAKey embeddedKey;

    private Launches(String subject, String courseId, String role) {
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", subject);
        issuedAt(NOW);
        claims.put(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT_ID);
        claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST);
        claims.put(LtiClaims.VERSION, LtiClaims.LTI_VERSION);
        claims.put(LtiClaims.TARGET_LINK_URI, TARGET_LINK_URI);
        claims.put(LtiClaims.RESOURCE_LINK, Map.of("id", "7", "title", "Lærepladsklar"));
        claims.put(LtiClaims.ROLES, List.of(role));
        claims.put(LtiClaims.CONTEXT, Map.of("id", courseId, "label", "GF2", "title", "Tømrer GF2 – hold A",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        claims.put(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", "da", "document_target", "iframe",
                "return_url", ISSUER + "/mod/lti/return.php"));
        claims.put(LtiClaims.TOOL_PLATFORM, Map.of("product_family_code", "moodle", "version", "2024100700",
                "guid", "moodle.skole.example", "name", "Skolens Moodle"));
        claims.put("given_name", "Ali");
        claims.put("family_name", "Hassan");
        claims.put("name", "Ali Hassan");
        claims.put("email", "ali@skole.example");
    }

    static Launches learner(String courseId) {
        return new Launches("5", courseId, LEARNER);
    }

    static Launches instructor(String courseId) {
        return new Launches("3", courseId, INSTRUCTOR).withName("Hanne", "Holm").with("email", "hanne@skole.example");
    }

    /** A Deep Linking request as Moodle sends it: no resource link, settings with a return URL. */
    static Launches deepLinking(String courseId) {
        return instructor(courseId)
                .with(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .without(LtiClaims.RESOURCE_LINK)
                .with(LtiClaims.DEEP_LINKING_SETTINGS, Map.of(
                        "deep_link_return_url", ISSUER + "/mod/lti/contentitem_return.php?course=" + courseId,
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                        List.of("frame", "iframe", "window"), "accept_multiple", true));
    }

    Launches withRoles(String... roles) {
        return with(LtiClaims.ROLES, List.of(roles));
    }

    Launches withName(String given, String family) {
        return with("given_name", given).with("family_name", family).with("name", given + " " + family);
    }

    /** Sends only {@code sub}: the platform shares no name or email. */
    Launches withoutPersonalData() {
        return without("name").without("given_name").without("family_name").without("email");
    }

    Launches withLocale(String locale) {
        return with(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", locale, "document_target", "iframe"));
    }

    /** The AGS claim with column management and score publishing, as Moodle sends it for a graded link. */
    Launches withAgs(String lineItems) {
        return with(LtiClaims.AGS_ENDPOINT, Map.of("lineitems", lineItems, "scope", List.of(
                LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY, LtiClaims.SCOPE_RESULT_READONLY,
                LtiClaims.SCOPE_SCORE)));
    }

    /** The AGS claim of Moodle's "grade sync only": one column, no column management. */
    Launches withGradeSyncOnly(String lineItems, String lineItem) {
        return with(LtiClaims.AGS_ENDPOINT, Map.of("lineitems", lineItems, "lineitem", lineItem, "scope", List.of(
                LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE)));
    }

    Launches withRoster(String membershipsUrl) {
        return with(LtiClaims.NRPS, Map.of("context_memberships_url", membershipsUrl, "service_versions", List.of("1.0", "2.0")));
    }

    /** Issued at {@code iat}, expiring 60 s later like Moodle's. */
    Launches issuedAt(Instant iat) {
        return with("iat", Date.from(iat)).with("exp", Date.from(iat.plusSeconds(60)));
    }

    Launches expiringAt(Instant exp) {
        return with("exp", Date.from(exp));
    }

    /** Carries the nonce the tool issued for this login, unless the test set or dropped the nonce itself. */
    Launches forLogin(PendingLogin login) {
        if (!claims.containsKey("nonce") && !dropped.contains("nonce")) {
            claims.put("nonce", login.nonce());
        }
        return this;
    }

    Launches with(String claim, Object value) {
        dropped.remove(claim);
        claims.put(claim, value);
        return this;
    }

    Launches without(String claim) {
        claims.remove(claim);
        dropped.add(claim);
        return this;
    }

    Launches algorithm(JWSAlgorithm algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    /** Names this key id in the header instead of the signing key's own. */
    Launches kid(String kid) {
        this.kid = kid;
        return this;
    }

    Launches withoutKid() {
        this.withoutKid = true;
        return this;
    }

    /** Puts a public key into the header ({@code jwk}), as an attacker would to have it trusted. */
    Launches embeddingKey(RSAKey key) {
        this.embeddedKey = key.toPublicJWK();
        return this;
    }

    JWTClaimsSet claims() {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        return builder.build();
    }

    /** The compact id_token, signed with this RSA key under its kid (or the one the test named). */
    String signedBy(RSAKey key) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        if (!withoutKid) {
            header.keyID(kid != null ? kid : key.getKeyID());
        }
        if (embeddedKey != null) {
            header.jwk(embeddedKey);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signed with a shared secret (HS256), as if the platform's public key were used as an HMAC key. */
    String signedWithSecret(byte[] secret) {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT);
        if (!withoutKid) {
            header.keyID(kid);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Not signed at all: {@code alg: none}. */
    String unsigned() {
        return new PlainJWT(claims()).serialize();
    }
}
