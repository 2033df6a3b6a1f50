package dk.laerepladsklar.lti.core.validation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.deeplinking.DeepLinkingRequests;
import dk.laerepladsklar.lti.core.deeplinking.ReturnUrlPolicy;
import dk.laerepladsklar.lti.core.keys.PlatformKeySets;
import dk.laerepladsklar.lti.core.login.PendingLogin;
import dk.laerepladsklar.lti.core.login.PendingLogins;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates an LTI 1.3 launch as the numbered steps of the 1EdTech Security Framework (§5.1.3,
 * authentication response validation) followed by the message checks of LTI Core (§5.3, §5.4).
 * Every failure is a {@link Rejection}. Nothing here writes to a database.
 */
@ApplicationScoped
public class LaunchValidator {

    /** Platforms' clocks drift; Moodle's id_tokens live only 60 s, so the leeway is small. */
    static final Duration CLOCK_LEEWAY = Duration.ofSeconds(5);
    /** An id_token older than this is refused even if its exp says otherwise. */
    static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(10);
    private static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    @Inject
    PendingLogins pendingLogins;
    @Inject
    Registrations registrations;
    @Inject
    PlatformKeySets platformKeys;
    @Inject
    LaunchClaimsReader claimsReader;
    @Inject
    DeepLinkingRequests deepLinkingRequests;

    Clock clock = Clock.systemUTC();
    /** Dev mode lets a Deep Linking return URL be http on loopback (the demo LMS, the tests' platforms). */
    boolean devMode = Installation.devMode();

    private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

    public ValidatedLaunch validate(LaunchAttempt attempt) throws LaunchRejected {
        PendingLogin login = step0StateMatchesALoginOfThisBrowser(attempt);
        SignedJWT jwt = step1ParseJwt(attempt.idToken());
        step2HeaderNamesAnAllowedAlgorithmAndKey(jwt);
        JWTClaimsSet claims = claimsOf(jwt);
        step3IssuerIsThePlatformLoggedInWith(claims, login);
        step4AudienceIsThisClient(claims, login);
        Registration registration = step5PlatformIsRegistered(login);
        step6SignatureVerifiesWithThePlatformKey(jwt, registration);
        step7TimestampsAreCurrent(claims);
        step8NonceIsTheOneIssuedAndUnused(claims, login);
        String deploymentId = step9DeploymentIsRegistered(claims, registration);
        String messageType = step10MessageTypeAndVersion(claims);
        step11RequiredMessageClaims(claims, messageType);
        step12DeepLinkReturnUrlIsOnThePlatform(claims, messageType, registration);
        Launch launch = claimsReader.read(claims, registration, deploymentId, messageType);
        step13ReviewerMayReviewThatUser(launch);
        return deepLinkingRequests.keep(new ValidatedLaunch(launch, registration, claims));
    }

    /** The state must be one this tool issued, not yet used, and presented by the browser it was issued to. */
    PendingLogin step0StateMatchesALoginOfThisBrowser(LaunchAttempt attempt) throws LaunchRejected {
        if (attempt.state() == null || attempt.state().isBlank()) {
            throw new LaunchRejected(Rejection.STATE_MISSING, "no state posted");
        }
        // The binding is checked before the login is used up, so whoever knows only the state cannot spoil
        // the real user's launch by posting first.
        PendingLogin pending = pendingLogins.peek(attempt.state()).orElse(null);
        if (pending != null && !pending.isBoundTo(attempt.browserSecret())) {
            throw new LaunchRejected(Rejection.BROWSER_MISMATCH, "state presented by another browser than the one that logged in");
        }
        PendingLogin login = pendingLogins.consume(attempt.state()).orElse(null);
        if (login == null) {
            if (pendingLogins.wasSpent(attempt.state())) {
                // The login was used up once in the whole cluster; a token carrying its nonce is that launch again.
                if (pendingLogins.wasSpentWithNonce(attempt.state(), unverifiedNonce(attempt.idToken()))) {
                    throw new LaunchRejected(Rejection.NONCE_REPLAYED, "the launch was posted before");
                }
                throw new LaunchRejected(Rejection.LOGIN_EXPIRED, "the login was already used or has expired");
            }
            throw new LaunchRejected(Rejection.STATE_MISMATCH, "state was not issued by this tool");
        }
        if (!login.isBoundTo(attempt.browserSecret())) {
            throw new LaunchRejected(Rejection.BROWSER_MISMATCH, "state presented by another browser than the one that logged in");
        }
        return login;
    }

    SignedJWT step1ParseJwt(String idToken) throws LaunchRejected {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected(Rejection.NOT_A_JWT, "no id_token posted");
        }
        try {
            return SignedJWT.parse(idToken);
        } catch (ParseException | RuntimeException e) {
            throw new LaunchRejected(Rejection.NOT_A_JWT, "id_token is not a signed JWT");
        }
    }

    void step2HeaderNamesAnAllowedAlgorithmAndKey(SignedJWT jwt) throws LaunchRejected {
        if (!ALLOWED_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRejected(Rejection.ALGORITHM_NOT_ALLOWED, "alg " + jwt.getHeader().getAlgorithm());
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected(Rejection.KID_MISSING, "no kid in the JWT header");
        }
    }

    /** Security Framework §5.1.3 step 2: the issuer must be exactly the platform the login started with. */
    void step3IssuerIsThePlatformLoggedInWith(JWTClaimsSet claims, PendingLogin login) throws LaunchRejected {
        String issuer = claims.getIssuer();
        if (issuer == null || issuer.isBlank()) {
            throw new LaunchRejected(Rejection.ISSUER_MISSING, "no iss");
        }
        if (!issuer.equals(login.issuer())) {
            throw new LaunchRejected(Rejection.ISSUER_MISMATCH, "iss " + issuer + " is not " + login.issuer());
        }
    }

    /** Steps 3–5: aud must contain the client id; with several audiences, azp must be the client id. */
    void step4AudienceIsThisClient(JWTClaimsSet claims, PendingLogin login) throws LaunchRejected {
        List<String> audience = claims.getAudience();
        if (audience == null || audience.isEmpty()) {
            throw new LaunchRejected(Rejection.AUDIENCE_MISSING, "no aud");
        }
        if (!audience.contains(login.clientId())) {
            throw new LaunchRejected(Rejection.WRONG_AUDIENCE, "aud " + audience + " lacks client " + login.clientId());
        }
        Object azp = claims.getClaim("azp");
        if (audience.size() > 1 && !login.clientId().equals(azp)) {
            throw new LaunchRejected(Rejection.AZP_MISMATCH, "several audiences and azp " + azp);
        }
        if (azp != null && !login.clientId().equals(azp)) {
            throw new LaunchRejected(Rejection.AZP_MISMATCH, "azp " + azp + " is not the client id");
        }
    }

    /** The platform must be registered and approved by the operator (one registered without invitation waits). */
    Registration step5PlatformIsRegistered(PendingLogin login) throws LaunchRejected {
        Registration registration = registrations.find(login.issuer(), login.clientId())
                .orElseThrow(() -> new LaunchRejected(Rejection.UNREGISTERED_PLATFORM, login.issuer() + " / " + login.clientId()));
        if (!registration.approved()) {
            throw new LaunchRejected(Rejection.PLATFORM_PENDING, login.issuer() + " / " + login.clientId());
        }
        return registration;
    }

    /** Step 1 of §5.1.3, done once the platform is known: the signature must verify with the platform's key. */
    void step6SignatureVerifiesWithThePlatformKey(SignedJWT jwt, Registration registration) throws LaunchRejected {
        String kid = jwt.getHeader().getKeyID();
        JWK key = platformKeys.key(registration.jwksUrl(), kid)
                .orElseThrow(() -> new LaunchRejected(Rejection.KID_NOT_FOUND, "kid " + kid + " not in " + registration.jwksUrl()));
        if (!(key instanceof RSAKey)) {
            throw new LaunchRejected(Rejection.KID_NOT_FOUND, "kid " + kid + " is not an RSA key");
        }
        try {
            JWSVerifier verifier = verifiers.computeIfAbsent(key, k -> {
                try {
                    return new RSASSAVerifier((RSAKey) k);
                } catch (JOSEException e) {
                    throw new IllegalArgumentException(e);
                }
            });
            if (!jwt.verify(verifier)) {
                throw new LaunchRejected(Rejection.BAD_SIGNATURE, "signature does not verify with kid " + kid);
            }
        } catch (JOSEException | IllegalArgumentException e) {
            throw new LaunchRejected(Rejection.BAD_SIGNATURE, "signature cannot be verified: " + e.getMessage());
        }
    }

    /** Steps 7–8: exp in the future and iat not in the future nor too long ago, within a small leeway. */
    void step7TimestampsAreCurrent(JWTClaimsSet claims) throws LaunchRejected {
        long now = clock.millis();
        long leeway = CLOCK_LEEWAY.toMillis();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null) {
            throw new LaunchRejected(Rejection.EXP_MISSING, "no exp");
        }
        if (iat == null) {
            throw new LaunchRejected(Rejection.IAT_MISSING, "no iat");
        }
        if (exp.getTime() + leeway < now) {
            throw new LaunchRejected(Rejection.TOKEN_EXPIRED, "exp " + exp.toInstant() + " passed");
        }
        if (iat.getTime() - leeway > now) {
            throw new LaunchRejected(Rejection.IAT_IN_FUTURE, "iat " + iat.toInstant() + " is in the future");
        }
        if (iat.getTime() + MAX_TOKEN_AGE.toMillis() < now || exp.before(iat)) {
            throw new LaunchRejected(Rejection.TOKEN_TOO_OLD, "iat " + iat.toInstant() + ", exp " + exp.toInstant());
        }
    }

    /**
     * Step 9: the nonce must be the one issued for this login, and never seen before. The login was consumed in step 0
     * (once in the whole cluster, its state then spent) and each login has a fresh nonce, so a nonce equal to the
     * login's is unused: a token posted again finds its state spent and is refused as a replay there.
     */
    void step8NonceIsTheOneIssuedAndUnused(JWTClaimsSet claims, PendingLogin login) throws LaunchRejected {
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String value) || value.isBlank()) {
            throw new LaunchRejected(Rejection.NONCE_MISSING, "no nonce");
        }
        if (!value.equals(login.nonce())) {
            throw new LaunchRejected(Rejection.NONCE_MISMATCH, "nonce is not the one issued for this login");
        }
    }

    /** LTI Core §5.3.3: the deployment must be one registered for this platform and client. */
    String step9DeploymentIsRegistered(JWTClaimsSet claims, Registration registration) throws LaunchRejected {
        String deploymentId = stringClaim(claims, LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new LaunchRejected(Rejection.DEPLOYMENT_ID_MISSING, "no deployment_id");
        }
        if (!registration.hasDeployment(deploymentId)) {
            boolean known = registrations.findWithDeployment(registration.issuer(), registration.clientId(), deploymentId)
                    .map(r -> r.hasDeployment(deploymentId)).orElse(false);
            if (!known) {
                throw new LaunchRejected(Rejection.UNKNOWN_DEPLOYMENT, "deployment " + deploymentId + " of " + registration.issuer());
            }
        }
        return deploymentId;
    }

    /** LTI Core §5.3.1–5.3.2: a message type this tool handles, version 1.3.0. */
    String step10MessageTypeAndVersion(JWTClaimsSet claims) throws LaunchRejected {
        String messageType = stringClaim(claims, LtiClaims.MESSAGE_TYPE);
        if (messageType == null || messageType.isBlank()) {
            throw new LaunchRejected(Rejection.MESSAGE_TYPE_MISSING, "no message_type");
        }
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType) && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)
                && !LtiClaims.SUBMISSION_REVIEW_REQUEST.equals(messageType)) {
            throw new LaunchRejected(Rejection.MESSAGE_TYPE_UNSUPPORTED, "message_type " + messageType);
        }
        String version = stringClaim(claims, LtiClaims.VERSION);
        if (version == null || version.isBlank()) {
            throw new LaunchRejected(Rejection.VERSION_MISSING, "no version");
        }
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw new LaunchRejected(Rejection.VERSION_UNSUPPORTED, "version " + version);
        }
        return messageType;
    }

    /**
     * LTI Core §5.3.4–5.3.7, Deep Linking §4.4 and Submission Review §3: sub, roles, and the claims each message type
     * needs. A submission review request needs {@code for_user.user_id} (whose work), a course, and what the review is
     * of: the resource link, or at least the line item (the AGS claim's {@code lineitem}) it was opened from.
     */
    void step11RequiredMessageClaims(JWTClaimsSet claims, String messageType) throws LaunchRejected {
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new LaunchRejected(Rejection.SUB_MISSING, "no sub");
        }
        Object roles = claims.getClaim(LtiClaims.ROLES);
        if (roles == null) {
            throw new LaunchRejected(Rejection.ROLES_MISSING, "no roles claim");
        }
        if (!(roles instanceof List<?>)) {
            throw new LaunchRejected(Rejection.MALFORMED_CLAIM, "roles is not an array");
        }
        if (LtiClaims.SUBMISSION_REVIEW_REQUEST.equals(messageType)) {
            step11SubmissionReviewClaims(claims);
        } else if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            Map<String, Object> link = objectClaim(claims, LtiClaims.RESOURCE_LINK);
            Object id = link == null ? null : link.get("id");
            if (!(id instanceof String value) || value.isBlank()) {
                throw new LaunchRejected(Rejection.RESOURCE_LINK_ID_MISSING, "no resource_link.id");
            }
            String target = stringClaim(claims, LtiClaims.TARGET_LINK_URI);
            if (target == null || target.isBlank()) {
                throw new LaunchRejected(Rejection.TARGET_LINK_URI_MISSING, "no target_link_uri");
            }
        } else {
            Map<String, Object> settings = objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS);
            Object returnUrl = settings == null ? null : settings.get("deep_link_return_url");
            if (!(returnUrl instanceof String value) || value.isBlank()) {
                throw new LaunchRejected(Rejection.DEEP_LINKING_SETTINGS_MISSING, "no deep_link_return_url");
            }
        }
    }

    private static void step11SubmissionReviewClaims(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> forUser = objectClaim(claims, LtiClaims.FOR_USER);
        Object userId = forUser == null ? null : forUser.get("user_id");
        if (!(userId instanceof String value) || value.isBlank()) {
            throw new LaunchRejected(Rejection.SUBMISSION_REVIEW_NO_FOR_USER, "no for_user.user_id");
        }
        if (value.length() > LaunchClaimsReader.MAX_SUBJECT_LENGTH) {
            throw new LaunchRejected(Rejection.MALFORMED_CLAIM, "for_user.user_id is longer than a user id can be");
        }
        Map<String, Object> context = objectClaim(claims, LtiClaims.CONTEXT);
        if (context == null || !(context.get("id") instanceof String courseId) || courseId.isBlank()) {
            throw new LaunchRejected(Rejection.SUBMISSION_REVIEW_NO_COURSE, "no context.id");
        }
        Map<String, Object> link = objectClaim(claims, LtiClaims.RESOURCE_LINK);
        Map<String, Object> ags = objectClaim(claims, LtiClaims.AGS_ENDPOINT);
        boolean hasLink = link != null && link.get("id") instanceof String id && !id.isBlank();
        boolean hasLineItem = ags != null && ags.get("lineitem") instanceof String item && !item.isBlank();
        if (!hasLink && !hasLineItem) {
            throw new LaunchRejected(Rejection.SUBMISSION_REVIEW_NO_LINK, "neither resource_link.id nor the AGS lineitem");
        }
    }

    /**
     * Submission Review is for whoever grades or follows the student: staff of the course, or a mentor the platform
     * names as that student's mentor ({@code role_scope_mentor}). A learner (even for their own work), an observer or
     * a guest is refused here, before the application signs anyone in.
     */
    void step13ReviewerMayReviewThatUser(Launch launch) throws LaunchRejected {
        if (launch.kind() != LaunchKind.SUBMISSION_REVIEW) {
            return;
        }
        Actor actor = launch.actor();
        if (!actor.isStaff() && !actor.mentors(launch.review().studentSubject())) {
            throw new LaunchRejected(Rejection.SUBMISSION_REVIEW_NOT_A_REVIEWER, "launched by a " + actor.standing());
        }
    }

    /**
     * Deep Linking §4.4.1 names where the response goes; the browser posts a signed JWT there on its own, so it
     * must be the platform's own https address (see {@link ReturnUrlPolicy}).
     */
    void step12DeepLinkReturnUrlIsOnThePlatform(JWTClaimsSet claims, String messageType, Registration registration)
            throws LaunchRejected {
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            return;
        }
        Object returnUrl = objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS).get("deep_link_return_url");
        String refusal = ReturnUrlPolicy.refusal((String) returnUrl, registration, devMode).orElse(null);
        if (refusal != null) {
            throw new LaunchRejected(Rejection.DEEP_LINK_RETURN_URL_REFUSED, refusal);
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws LaunchRejected {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejected(Rejection.NOT_A_JWT, "claims are not a JSON object");
        }
    }

    private static String unverifiedNonce(String idToken) {
        try {
            Object nonce = SignedJWT.parse(idToken).getJWTClaimsSet().getClaim("nonce");
            return nonce instanceof String s ? s : null;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    static String stringClaim(JWTClaimsSet claims, String name) throws LaunchRejected {
        Object value = claims.getClaim(name);
        if (value != null && !(value instanceof String)) {
            throw new LaunchRejected(Rejection.MALFORMED_CLAIM, name + " is not a string");
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> objectClaim(JWTClaimsSet claims, String name) throws LaunchRejected {
        Object value = claims.getClaim(name);
        if (value != null && !(value instanceof Map)) {
            throw new LaunchRejected(Rejection.MALFORMED_CLAIM, name + " is not an object");
        }
        return (Map<String, Object>) value;
    }
}
