package dk.laerepladsklar.it.support;

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
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The id_token of a launch, written the way Moodle 4.5 writes it: {@code exp = iat + 60}, full role URIs,
 * context, resource link and {@code launch_presentation.locale}. Claim names are spelled out here, not taken
 * from the tool's code, so that the test checks the tool against the specification rather than against itself.
 * A test changes or drops any part before signing:
 * {@code moodle.learner("C1").without(Launches.VERSION).forLogin(login).signedBy(moodle.key())}.
 */
public final class Launches {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
    public static final String CONTEXT = LTI + "context";
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";

    public static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    public static final String LEARNER = LIS + "membership#Learner";
    public static final String INSTRUCTOR = LIS + "membership#Instructor";
    public static final String MENTOR = LIS + "membership#Mentor";
    public static final String CONTENT_DEVELOPER = LIS + "membership#ContentDeveloper";
    public static final String TEACHING_ASSISTANT = LIS + "membership/Instructor#TeachingAssistant";
    public static final String INSTITUTION_ADMINISTRATOR = LIS + "institution/person#Administrator";
    public static final String SYSTEM_ADMINISTRATOR = LIS + "system/person#Administrator";

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private String kid;
    private boolean withoutKid;

    private Launches(TestPlatform platform, String subject, String courseId, String role) {
        claims.put("iss", platform.issuer());
        claims.put("aud", platform.clientId());
        claims.put("sub", subject);
        issuedAt(Instant.now());
        claims.put(DEPLOYMENT_ID, platform.deploymentId());
        claims.put(MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(VERSION, "1.3.0");
        claims.put(TARGET_LINK_URI, "https://lpk.example/api/lti/launch");
        claims.put(RESOURCE_LINK, Map.of("id", "7", "title", "Lærepladsklar", "description", ""));
        claims.put(ROLES, List.of(role));
        claims.put(CONTEXT, Map.of("id", courseId, "label", "GF2", "title", "Tømrer GF2 – hold A",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        claims.put(LAUNCH_PRESENTATION, Map.of("locale", "da", "document_target", "iframe",
                "return_url", platform.issuer() + "/mod/lti/return.php?course=" + courseId));
        claims.put(LTI + "tool_platform", Map.of("product_family_code", "moodle", "version", "2024100700",
                "guid", "127.0.0.1", "name", "Test Moodle"));
        claims.put(LTI + "ext", Map.of("user_username", "user" + subject, "lms", "moodle-2"));
        claims.put("https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome",
                Map.of("lis_result_sourcedid", "{}", "lis_outcome_service_url", platform.issuer() + "/mod/lti/service.php"));
    }

    static Launches learner(TestPlatform platform, String courseId) {
        return new Launches(platform, "5", courseId, LEARNER).withName("Ali", "Hassan").withEmail("ali@skole.example");
    }

    static Launches instructor(TestPlatform platform, String courseId) {
        return new Launches(platform, "3", courseId, INSTRUCTOR).withName("Hanne", "Holm").withEmail("hanne@skole.example");
    }

    public Launches withRoles(String... roles) {
        return with(ROLES, List.of(roles));
    }

    public Launches withName(String given, String family) {
        return with("given_name", given).with("family_name", family).with("name", given + " " + family);
    }

    public Launches withEmail(String email) {
        return with("email", email);
    }

    public Launches withoutNames() {
        return without("name").without("given_name").without("family_name");
    }

    public Launches withoutEmail() {
        return without("email");
    }

    public Launches withLocale(String locale) {
        return with(LAUNCH_PRESENTATION, Map.of("locale", locale, "document_target", "iframe"));
    }

    /** Issued at {@code iat}, expiring 60 s later, as Moodle's id_tokens do. */
    public Launches issuedAt(Instant iat) {
        return with("iat", Date.from(iat)).with("exp", Date.from(iat.plusSeconds(60)));
    }

    public Launches expiringAt(Instant exp) {
        return with("exp", Date.from(exp));
    }

    public Launches with(String claim, Object value) {
        dropped.remove(claim);
        claims.put(claim, value);
        return this;
    }

    public Launches without(String claim) {
        claims.remove(claim);
        dropped.add(claim);
        return this;
    }

    /** Carries the nonce the tool issued for this login, unless the test set or dropped the nonce itself. */
    public Launches forLogin(LtiBrowser.Login login) {
        if (!claims.containsKey("nonce") && !dropped.contains("nonce")) {
            claims.put("nonce", login.nonce());
        }
        return this;
    }

    public Launches algorithm(JWSAlgorithm algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    /** Names this key id in the header instead of the signing key's own. */
    public Launches kid(String kid) {
        this.kid = kid;
        return this;
    }

    public Launches withoutKid() {
        this.withoutKid = true;
        return this;
    }

    public JWTClaimsSet claims() {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        return builder.build();
    }

    /** The compact id_token, signed with this RSA key under its own kid or the one the test named. */
    public String signedBy(RSAKey key) {
        SignedJWT jwt = new SignedJWT(header(key.getKeyID()), claims());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signed with a shared secret (HS256) under the named kid: the classic "public key as HMAC secret" forgery. */
    public String signedWithSecret(byte[] secret) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID(kid).build(), claims());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Not signed at all: {@code alg: none}. */
    public String unsigned() {
        return new PlainJWT(claims()).serialize();
    }

    private JWSHeader header(String keyId) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        if (!withoutKid) {
            header.keyID(kid != null ? kid : keyId);
        }
        return header.build();
    }
}
