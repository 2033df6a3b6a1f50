package dk.laerepladsklar.lti.core.validation;

import static dk.laerepladsklar.lti.core.validation.Launches.CLIENT_ID;
import static dk.laerepladsklar.lti.core.validation.Launches.DEPLOYMENT_ID;
import static dk.laerepladsklar.lti.core.validation.Launches.INSTRUCTOR;
import static dk.laerepladsklar.lti.core.validation.Launches.ISSUER;
import static dk.laerepladsklar.lti.core.validation.Launches.LEARNER;
import static dk.laerepladsklar.lti.core.validation.Launches.LIS;
import static dk.laerepladsklar.lti.core.validation.Launches.NOW;
import static dk.laerepladsklar.lti.core.validation.Launches.TARGET_LINK_URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.core.deeplinking.DeepLinkingRequests;
import dk.laerepladsklar.lti.core.login.PendingLogin;
import dk.laerepladsklar.lti.core.login.PendingLogins;
import dk.laerepladsklar.lti.core.registration.Registration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LaunchValidator} against a Moodle-like platform: its registration and published keys are fakes,
 * the logins and nonces are the real in-memory stores, and the clock stands still at {@link Launches#NOW}.
 */
class LaunchValidatorTest {

    private static final String JWKS_URL = ISSUER + "/mod/lti/certs.php";
    private static final String LINEITEMS = ISSUER + "/mod/lti/services.php/2/lineitems?type_id=1";

    private static RSAKey platformKey;
    private static RSAKey attackerKey;

    private final FakeRegistrations registrations = new FakeRegistrations();
    private final FakePlatformKeySets platformKeys = new FakePlatformKeySets();
    private final PendingLogins pendingLogins = new PendingLogins();
    private final LaunchValidator validator = new LaunchValidator();
    private final DeepLinkingRequests deepLinkingRequests = new DeepLinkingRequests();
    private Registration moodle;

    @BeforeAll
    static void keys() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("moodle-2026").generate();
        attackerKey = new RSAKeyGenerator(2048).keyID("moodle-2026").generate();
    }

    @BeforeEach
    void wire() {
        moodle = registrations.register(ISSUER, CLIENT_ID, JWKS_URL, DEPLOYMENT_ID);
        platformKeys.publish(JWKS_URL, platformKey);
        validator.pendingLogins = pendingLogins;
        validator.registrations = registrations;
        validator.platformKeys = platformKeys;
        validator.claimsReader = new LaunchClaimsReader();
        validator.deepLinkingRequests = deepLinkingRequests;
        validator.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Nested
    class AcceptedLaunches {

        @Test
        void aMoodleLearnerBecomesALaunchOfThatLearnerInTheirCourse() throws Exception {
            Launch launch = accept(Launches.learner("C1").withAgs(LINEITEMS)).launch();

            assertEquals(LaunchKind.RESOURCE_LINK, launch.kind());
            assertEquals(moodle.platformId(), launch.platform());
            assertEquals("5", launch.user().subject());
            assertEquals("Ali Hassan", launch.user().displayName().orElseThrow());
            assertEquals("ali@skole.example", launch.user().email());
            assertEquals("C1", launch.context().id());
            assertEquals("Tømrer GF2 – hold A", launch.context().displayTitle());
            assertEquals("7", launch.resourceLink().id());
            assertEquals(Set.of(Role.LEARNER), launch.roles());
            assertFalse(launch.isStaff());
            assertEquals(Launch.DANISH, launch.locale());
            assertEquals(DEPLOYMENT_ID, launch.deploymentId());
            assertEquals(new GradebookAccess(LINEITEMS, null, true, true), launch.gradebook());
        }

        @Test
        void anInstructorIsStaff() throws Exception {
            Launch launch = accept(Launches.instructor("C1")).launch();

            assertEquals(Set.of(Role.INSTRUCTOR), launch.roles());
            assertTrue(launch.isStaff());
            assertEquals("Hanne Holm", launch.user().displayName().orElseThrow());
        }

        @Test
        void moodlesAdministratorIsAnAdministratorAndInstructor() throws Exception {
            Launch launch = accept(Launches.instructor("C1").withRoles(LIS + "institution/person#Administrator",
                    INSTRUCTOR, LIS + "system/person#Administrator")).launch();

            assertEquals(Set.of(Role.ADMINISTRATOR, Role.INSTRUCTOR), launch.roles());
        }

        @Test
        void shortRoleNamesCountLikeFullUris() throws Exception {
            assertEquals(Set.of(Role.INSTRUCTOR), accept(Launches.instructor("C1").withRoles("Instructor")).launch().roles());
            assertEquals(Set.of(Role.LEARNER), accept(Launches.learner("C1").withRoles("Learner")).launch().roles());
        }

        @Test
        void unknownRolesOrNoneAtAllGiveALaunchWithoutRoles() throws Exception {
            assertEquals(Set.of(), accept(Launches.learner("C1").withRoles("http://example.com/custom/Auditor")).launch().roles());
            assertEquals(Set.of(), accept(Launches.learner("C1").withRoles()).launch().roles());
        }

        @Test
        void aMentorWithTheirMenteesIsAMentor() throws Exception {
            Launch launch = accept(Launches.learner("C1").withRoles(LIS + "membership#Mentor")
                    .with(LtiClaims.ROLE_SCOPE_MENTOR, List.of("5", "6"))).launch();

            assertEquals(Set.of(Role.MENTOR), launch.roles());
            assertFalse(launch.isStaff());
            assertEquals(Set.of("5", "6"), launch.mentees());
            assertEquals(dk.laerepladsklar.lti.api.Actor.Standing.MENTOR, launch.actor().standing());
            assertTrue(launch.actor().mentors("6"));
            assertFalse(launch.actor().mentors("7"));
        }

        @Test
        void aMentorWithoutRoleScopeMentorSeesNobodyAndIsNoStudent() throws Exception {
            Launch launch = accept(Launches.learner("C1").withRoles(LIS + "membership#Mentor")).launch();

            assertEquals(Set.of(), launch.mentees());
            assertEquals(dk.laerepladsklar.lti.api.Actor.Standing.OTHER, launch.actor().standing());
            assertTrue(launch.actor().isMentorWithoutMentees());
        }

        @Test
        void roleScopeMentorOfSomeoneWhoIsNoMentorIsIgnored() throws Exception {
            Launch launch = accept(Launches.learner("C1").with(LtiClaims.ROLE_SCOPE_MENTOR, List.of("6"))).launch();

            assertEquals(Set.of(), launch.mentees());
            assertEquals(dk.laerepladsklar.lti.api.Actor.Standing.STUDENT, launch.actor().standing());
        }

        @Test
        void hostileRoleScopeMentorValuesAreDroppedNotTrusted() throws Exception {
            Launch launch = accept(Launches.learner("C1").withRoles(LIS + "membership#Mentor")
                    .with(LtiClaims.ROLE_SCOPE_MENTOR, java.util.Arrays.asList("5", "", "x".repeat(300), 42, null))).launch();

            assertEquals(Set.of("5"), launch.mentees());
        }

        @Test
        void anObserverIsNeitherStudentNorStaff() throws Exception {
            Launch launch = accept(Launches.learner("C1").withRoles(LIS + "institution/person#Observer")).launch();

            assertEquals(Set.of(Role.OBSERVER), launch.roles());
            assertEquals(dk.laerepladsklar.lti.api.Actor.Standing.OTHER, launch.actor().standing());
            assertFalse(launch.actor().isStudent());
        }

        @Test
        void subAloneIsEnough() throws Exception {
            Launch launch = accept(Launches.learner("C1").withoutPersonalData()).launch();

            assertEquals("5", launch.user().subject());
            assertTrue(launch.user().displayName().isEmpty());
            assertNull(launch.user().email());
        }

        @Test
        void withoutAContextTheLaunchHasNone() throws Exception {
            assertNull(accept(Launches.learner("C1").without(LtiClaims.CONTEXT)).launch().context());
        }

        @Test
        void theLaunchPresentationLocaleChoosesTheLanguage() throws Exception {
            assertEquals(Locale.ENGLISH, accept(Launches.learner("C1").withLocale("en")).launch().locale());
            assertEquals(Locale.forLanguageTag("en-US"), accept(Launches.learner("C1").withLocale("en_US")).launch().locale());
        }

        @Test
        void gradeSyncOnlyGivesScoresButNoColumnManagement() throws Exception {
            Launch launch = accept(Launches.learner("C1").withGradeSyncOnly(LINEITEMS, LINEITEMS.replace("lineitems", "lineitems/4/lineitem"))).launch();

            assertFalse(launch.gradebook().canManageLineItems());
            assertTrue(launch.gradebook().canPublishScores());
            assertTrue(launch.gradebook().lineItemUrl().isPresent());
        }

        @Test
        void theRosterUrlAndCustomParametersArePassedOn() throws Exception {
            Launch launch = accept(Launches.learner("C1").withRoster(ISSUER + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships")
                    .with(LtiClaims.CUSTOM, Map.of("activity", "cv-1", "week", 3))).launch();

            assertEquals(ISSUER + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships", launch.rosterUrl());
            assertEquals(Map.of("activity", "cv-1", "week", "3"), launch.custom());
        }

        @Test
        void aDeepLinkingRequestNeedsNoResourceLink() throws Exception {
            Launch launch = accept(Launches.deepLinking("C1")).launch();

            assertEquals(LaunchKind.DEEP_LINKING, launch.kind());
            assertNull(launch.resourceLink());
        }

        @Test
        void aDeepLinkingRequestIsKeptForTheResponseAndAResourceLinkIsNot() throws Exception {
            Launch deepLinking = accept(Launches.deepLinking("C1")).launch();
            Launch resourceLink = accept(Launches.learner("C1")).launch();

            var kept = deepLinkingRequests.find(deepLinking.id()).orElseThrow();
            assertEquals(ISSUER + "/mod/lti/contentitem_return.php?course=C1", kept.returnUrl());
            assertEquals(CLIENT_ID, kept.clientId());
            assertEquals(DEPLOYMENT_ID, kept.deploymentId());
            assertEquals(TARGET_LINK_URI, kept.targetLinkUri());
            assertTrue(kept.acceptsMultiple());
            assertTrue(deepLinkingRequests.find(resourceLink.id()).isEmpty());
        }

        @Test
        void severalAudiencesAreAcceptedWhenAzpIsThisTool() throws Exception {
            Launch launch = accept(Launches.learner("C1").with("aud", List.of(CLIENT_ID, "another-client")).with("azp", CLIENT_ID)).launch();

            assertEquals("5", launch.user().subject());
        }

        @Test
        void aSingleAudienceWithAMatchingAzpIsAccepted() throws Exception {
            accept(Launches.learner("C1").with("aud", List.of(CLIENT_ID)).with("azp", CLIENT_ID));
        }

        @Test
        void clocksMayDisagreeByAFewSeconds() throws Exception {
            accept(Launches.learner("C1").issuedAt(NOW.minusSeconds(65))); // expired 5 s ago
            accept(Launches.learner("C1").issuedAt(NOW.plusSeconds(5)));
        }

        @Test
        void aDeploymentAddedSinceTheSnapshotIsFoundByReloading() throws Exception {
            registrations.addDeploymentLater(ISSUER, CLIENT_ID, "course-42");

            assertEquals("course-42", accept(Launches.learner("C1").with(LtiClaims.DEPLOYMENT_ID, "course-42")).launch().deploymentId());
        }

        @Test
        void theVerifiedClaimsAreKeptForTheServices() throws Exception {
            ValidatedLaunch validated = accept(Launches.learner("C1").withAgs(LINEITEMS));

            assertEquals(moodle, validated.registration());
            assertEquals(ISSUER, validated.claims().getIssuer());
        }
    }

    @Nested
    class TheLoginMustBeThisBrowsersOwn {

        @Test
        void noState() {
            PendingLogin login = login();
            assertRejected(Rejection.STATE_MISSING, new LaunchAttempt(signed(Launches.learner("C1"), login), null, login.browserSecret()));
        }

        @Test
        void aStateTheToolNeverIssued() {
            PendingLogin login = login();
            assertRejected(Rejection.STATE_MISMATCH, new LaunchAttempt(signed(Launches.learner("C1"), login), "forged-state", login.browserSecret()));
        }

        @Test
        void aStatePresentedWithoutTheLoginCookie() {
            PendingLogin login = login();
            assertRejected(Rejection.BROWSER_MISMATCH, new LaunchAttempt(signed(Launches.learner("C1"), login), login.state(), null));
        }

        @Test
        void aStatePresentedWithAnotherBrowsersSecret() {
            PendingLogin login = login();
            PendingLogin other = login();
            assertRejected(Rejection.BROWSER_MISMATCH, new LaunchAttempt(signed(Launches.learner("C1"), login), login.state(), other.browserSecret()));
        }

        @Test
        void theSameLaunchPostedTwiceIsAReplay() throws Exception {
            PendingLogin login = login();
            LaunchAttempt attempt = attempt(Launches.learner("C1"), login);
            validator.validate(attempt);

            assertRejected(Rejection.NONCE_REPLAYED, attempt);
        }

        @Test
        void aStrangerWhoKnowsOnlyTheStateCannotSpoilTheRealLaunch() throws LaunchRejected {
            PendingLogin login = login();
            String idToken = signed(Launches.learner("C1"), login);
            assertRejected(Rejection.BROWSER_MISMATCH, new LaunchAttempt("junk", login.state(), "stolen"));

            ValidatedLaunch launch = validator.validate(new LaunchAttempt(idToken, login.state(), login.browserSecret()));

            assertEquals("C1", launch.launch().context().id());
            assertRejected(Rejection.NONCE_REPLAYED, new LaunchAttempt(idToken, login.state(), login.browserSecret()));
        }

        @Test
        void theNonceOfAnotherLogin() {
            PendingLogin mine = login();
            PendingLogin other = login();
            assertRejected(Rejection.NONCE_MISMATCH, attempt(Launches.learner("C1").with("nonce", other.nonce()), mine));
        }
    }

    @Nested
    class TheTokenMustBeSignedByThePlatform {

        @Test
        void notAJwt() {
            PendingLogin login = login();
            assertRejected(Rejection.NOT_A_JWT, new LaunchAttempt("not-a-jwt", login.state(), login.browserSecret()));
        }

        @Test
        void noIdToken() {
            PendingLogin login = login();
            assertRejected(Rejection.NOT_A_JWT, new LaunchAttempt(null, login.state(), login.browserSecret()));
        }

        @Test
        void claimsThatAreNotJson() {
            PendingLogin login = login();
            String[] parts = signed(Launches.learner("C1"), login).split("\\.");
            String garbage = Base64.getUrlEncoder().withoutPadding().encodeToString("[1,2".getBytes(StandardCharsets.UTF_8));
            assertRejected(Rejection.NOT_A_JWT, new LaunchAttempt(parts[0] + "." + garbage + "." + parts[2], login.state(), login.browserSecret()));
        }

        @Test
        void algNoneIsNotASignedJwt() {
            PendingLogin login = login();
            assertRejected(Rejection.NOT_A_JWT, new LaunchAttempt(Launches.learner("C1").forLogin(login).unsigned(), login.state(), login.browserSecret()));
        }

        @Test
        void hs256SignedWithThePublicKeyIsRefused() throws Exception {
            PendingLogin login = login();
            byte[] publicKeyAsSecret = platformKey.toPublicJWK().toRSAPublicKey().getEncoded();
            String idToken = Launches.learner("C1").kid(platformKey.getKeyID()).forLogin(login).signedWithSecret(publicKeyAsSecret);
            assertRejected(Rejection.ALGORITHM_NOT_ALLOWED, new LaunchAttempt(idToken, login.state(), login.browserSecret()));
        }

        @Test
        void rsaPssIsNotAnLtiAlgorithm() {
            assertEquals(Rejection.ALGORITHM_NOT_ALLOWED, rejectionOf(Launches.learner("C1").algorithm(JWSAlgorithm.PS256)));
        }

        @Test
        void rs384AndRs512AreAllowed() throws Exception {
            accept(Launches.learner("C1").algorithm(JWSAlgorithm.RS384));
            accept(Launches.learner("C1").algorithm(JWSAlgorithm.RS512));
        }

        @Test
        void noKid() {
            assertEquals(Rejection.KID_MISSING, rejectionOf(Launches.learner("C1").withoutKid()));
        }

        @Test
        void aKidThePlatformDoesNotPublish() {
            assertEquals(Rejection.KID_NOT_FOUND, rejectionOf(Launches.learner("C1").kid("no-such-key")));
        }

        @Test
        void anotherKeyUnderThePlatformsKid() {
            PendingLogin login = login();
            assertRejected(Rejection.BAD_SIGNATURE, new LaunchAttempt(Launches.learner("C1").forLogin(login).signedBy(attackerKey),
                    login.state(), login.browserSecret()));
        }

        @Test
        void aKeyEmbeddedInTheHeaderIsNotTrusted() {
            PendingLogin login = login();
            String idToken = Launches.learner("C1").embeddingKey(attackerKey).forLogin(login).signedBy(attackerKey);
            assertRejected(Rejection.BAD_SIGNATURE, new LaunchAttempt(idToken, login.state(), login.browserSecret()));
        }

        @Test
        void claimsChangedAfterSigning() {
            PendingLogin login = login();
            String[] parts = signed(Launches.learner("C1"), login).split("\\.");
            String teacher = Launches.learner("C1").withRoles(INSTRUCTOR).forLogin(login).signedBy(attackerKey).split("\\.")[1];
            assertRejected(Rejection.BAD_SIGNATURE, new LaunchAttempt(parts[0] + "." + teacher + "." + parts[2], login.state(), login.browserSecret()));
        }
    }

    static Stream<Arguments> badClaims() {
        return Stream.of(
                bad("no iss", l -> l.without("iss"), Rejection.ISSUER_MISSING),
                bad("another iss", l -> l.with("iss", "https://moodle.other.example"), Rejection.ISSUER_MISMATCH),
                bad("iss with a trailing slash", l -> l.with("iss", ISSUER + "/"), Rejection.ISSUER_MISMATCH),
                bad("no aud", l -> l.without("aud"), Rejection.AUDIENCE_MISSING),
                bad("another aud", l -> l.with("aud", "another-client"), Rejection.WRONG_AUDIENCE),
                bad("several aud without this client", l -> l.with("aud", List.of("a", "b")).with("azp", "a"), Rejection.WRONG_AUDIENCE),
                bad("several aud, no azp", l -> l.with("aud", List.of(CLIENT_ID, "another-client")), Rejection.AZP_MISMATCH),
                bad("several aud, another azp", l -> l.with("aud", List.of(CLIENT_ID, "another-client")).with("azp", "another-client"), Rejection.AZP_MISMATCH),
                bad("one aud, another azp", l -> l.with("azp", "another-client"), Rejection.AZP_MISMATCH),
                bad("no exp", l -> l.without("exp"), Rejection.EXP_MISSING),
                bad("no iat", l -> l.without("iat"), Rejection.IAT_MISSING),
                bad("expired 6 s ago", l -> l.issuedAt(NOW.minusSeconds(66)), Rejection.TOKEN_EXPIRED),
                bad("expired an hour ago", l -> l.expiringAt(NOW.minusSeconds(3600)), Rejection.TOKEN_EXPIRED),
                bad("issued 6 s in the future", l -> l.issuedAt(NOW.plusSeconds(6)), Rejection.IAT_IN_FUTURE),
                bad("issued 11 minutes ago, exp in a day", l -> l.issuedAt(NOW.minusSeconds(660)).expiringAt(NOW.plusSeconds(86_400)), Rejection.TOKEN_TOO_OLD),
                bad("exp before iat", l -> l.expiringAt(NOW.minusSeconds(1)), Rejection.TOKEN_TOO_OLD),
                bad("no nonce", l -> l.without("nonce"), Rejection.NONCE_MISSING),
                bad("another nonce", l -> l.with("nonce", "made-up"), Rejection.NONCE_MISMATCH),
                bad("no deployment_id", l -> l.without(LtiClaims.DEPLOYMENT_ID), Rejection.DEPLOYMENT_ID_MISSING),
                bad("unknown deployment_id", l -> l.with(LtiClaims.DEPLOYMENT_ID, "99"), Rejection.UNKNOWN_DEPLOYMENT),
                bad("deployment_id a number", l -> l.with(LtiClaims.DEPLOYMENT_ID, 1), Rejection.MALFORMED_CLAIM),
                bad("no message_type", l -> l.without(LtiClaims.MESSAGE_TYPE), Rejection.MESSAGE_TYPE_MISSING),
                bad("unsupported message_type", l -> l.with(LtiClaims.MESSAGE_TYPE, "LtiStartProctoring"), Rejection.MESSAGE_TYPE_UNSUPPORTED),
                bad("no version", l -> l.without(LtiClaims.VERSION), Rejection.VERSION_MISSING),
                bad("version 1.2.0", l -> l.with(LtiClaims.VERSION, "1.2.0"), Rejection.VERSION_UNSUPPORTED),
                bad("certification's 'missing LTI claims'", l -> l.without(LtiClaims.MESSAGE_TYPE).without(LtiClaims.VERSION)
                        .without(LtiClaims.DEPLOYMENT_ID), Rejection.DEPLOYMENT_ID_MISSING),
                bad("no sub", l -> l.without("sub"), Rejection.SUB_MISSING),
                bad("blank sub", l -> l.with("sub", " "), Rejection.SUB_MISSING),
                bad("no roles claim", l -> l.without(LtiClaims.ROLES), Rejection.ROLES_MISSING),
                bad("roles a string", l -> l.with(LtiClaims.ROLES, LEARNER), Rejection.MALFORMED_CLAIM),
                bad("no resource_link", l -> l.without(LtiClaims.RESOURCE_LINK), Rejection.RESOURCE_LINK_ID_MISSING),
                bad("resource_link without id", l -> l.with(LtiClaims.RESOURCE_LINK, Map.of("title", "No id")), Rejection.RESOURCE_LINK_ID_MISSING),
                bad("resource_link a string", l -> l.with(LtiClaims.RESOURCE_LINK, "7"), Rejection.MALFORMED_CLAIM),
                bad("no target_link_uri", l -> l.without(LtiClaims.TARGET_LINK_URI), Rejection.TARGET_LINK_URI_MISSING),
                bad("deep linking without settings", l -> l.with(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST),
                        Rejection.DEEP_LINKING_SETTINGS_MISSING));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void badClaims(String what, UnaryOperator<Launches> tamper, Rejection expected) {
        assertEquals(expected, rejectionOf(tamper.apply(Launches.learner("C1"))));
    }

    /** The browser would post a signed response there on its own: only the platform's own https address will do. */
    @ParameterizedTest(name = "deep_link_return_url {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "http://moodle.skole.example/mod/lti/contentitem_return.php", "https://evil.example/mod/lti/contentitem_return.php",
            "//evil.example/x", "https://moodle.skole.example.evil.example/x"})
    void aDeepLinkingRequestThatAnswersOffThePlatformIsRefused(String returnUrl) {
        Launches hostile = Launches.deepLinking("C1").with(LtiClaims.DEEP_LINKING_SETTINGS,
                Map.of("deep_link_return_url", returnUrl, "accept_types", List.of("ltiResourceLink")));

        assertEquals(Rejection.DEEP_LINK_RETURN_URL_REFUSED, rejectionOf(hostile));
    }

    @Test
    void aDeepLinkingRequestOnThePlatformsOwnHttpsOriginIsKept() throws Exception {
        Launch launch = accept(Launches.deepLinking("C1")).launch();

        assertEquals("https://moodle.skole.example/mod/lti/contentitem_return.php?course=C1",
                deepLinkingRequests.find(launch.id()).orElseThrow().returnUrl());
    }

    @Test
    void aRejectedLaunchStillUsesUpItsLogin() {
        PendingLogin login = login();
        assertRejected(Rejection.UNKNOWN_DEPLOYMENT, attempt(Launches.learner("C1").with(LtiClaims.DEPLOYMENT_ID, "99"), login));

        assertRejected(Rejection.NONCE_REPLAYED, attempt(Launches.learner("C1"), login));
    }

    private static Arguments bad(String what, UnaryOperator<Launches> tamper, Rejection expected) {
        return arguments(what, tamper, expected);
    }

    // --- the tool's side: a login, then the launch that answers it ---

    /** LTI Submission Review 1.0: a teacher opens one student's work from the platform's gradebook. */
    @Nested
    class SubmissionReview {

        private static final String COLUMN = ISSUER + "/mod/lti/services.php/2/lineitems/9/lineitem?type_id=1";

        private Launches review(Launches launcher, String student) {
            return launcher.with(LtiClaims.MESSAGE_TYPE, LtiClaims.SUBMISSION_REVIEW_REQUEST)
                    .withGradeSyncOnly(LINEITEMS, COLUMN)
                    .with(LtiClaims.FOR_USER, Map.of("user_id", student, "roles", List.of(LEARNER)));
        }

        @Test
        void aTeachersReviewOfAStudentBecomesAReviewOfThatStudentsWork() throws Exception {
            Launch launch = accept(review(Launches.instructor("C1"), "5")).launch();
            assertEquals(dk.laerepladsklar.lti.api.LaunchKind.SUBMISSION_REVIEW, launch.kind());
            assertEquals("5", launch.review().studentSubject());
            assertEquals(COLUMN, launch.review().lineItemUrl());
            assertEquals("3", launch.user().subject(), "the launching user is the reviewer, not the student");
            assertEquals("C1", launch.context().id());
        }

        @Test
        void aReviewWithOnlyTheColumnAndNoResourceLinkIsAccepted() throws Exception {
            Launch launch = accept(review(Launches.instructor("C1"), "5").without(LtiClaims.RESOURCE_LINK)).launch();
            assertNull(launch.resourceLink());
            assertEquals(COLUMN, launch.review().lineItemUrl());
        }

        @Test
        void aReviewWithoutForUserIsRefused() {
            assertEquals(Rejection.SUBMISSION_REVIEW_NO_FOR_USER,
                    rejectionOf(review(Launches.instructor("C1"), "5").without(LtiClaims.FOR_USER)));
            assertEquals(Rejection.SUBMISSION_REVIEW_NO_FOR_USER,
                    rejectionOf(review(Launches.instructor("C1"), "5").with(LtiClaims.FOR_USER, Map.of("name", "Ali"))));
            assertEquals(Rejection.SUBMISSION_REVIEW_NO_FOR_USER,
                    rejectionOf(review(Launches.instructor("C1"), " ")));
        }

        @Test
        void aReviewOutsideACourseOrWithoutLinkAndColumnIsRefused() {
            assertEquals(Rejection.SUBMISSION_REVIEW_NO_COURSE,
                    rejectionOf(review(Launches.instructor("C1"), "5").without(LtiClaims.CONTEXT)));
            assertEquals(Rejection.SUBMISSION_REVIEW_NO_LINK, rejectionOf(review(Launches.instructor("C1"), "5")
                    .without(LtiClaims.RESOURCE_LINK).without(LtiClaims.AGS_ENDPOINT)));
        }

        @Test
        void aLearnerLaunchingAReviewIsRefusedEvenForTheirOwnWork() {
            assertEquals(Rejection.SUBMISSION_REVIEW_NOT_A_REVIEWER, rejectionOf(review(Launches.learner("C1"), "6")));
            assertEquals(Rejection.SUBMISSION_REVIEW_NOT_A_REVIEWER, rejectionOf(review(Launches.learner("C1"), "5")));
        }

        @Test
        void aMentorReviewsOnlyTheirMentees() throws Exception {
            Launches mentor = Launches.learner("C1").withRoles(LIS + "membership#Mentor")
                    .with(LtiClaims.ROLE_SCOPE_MENTOR, List.of("6"));
            assertEquals("6", accept(review(mentor, "6")).launch().review().studentSubject());
            Launches sameMentor = Launches.learner("C1").withRoles(LIS + "membership#Mentor")
                    .with(LtiClaims.ROLE_SCOPE_MENTOR, List.of("6"));
            assertEquals(Rejection.SUBMISSION_REVIEW_NOT_A_REVIEWER, rejectionOf(review(sameMentor, "7")));
        }

        @Test
        void aMalformedForUserIsRefused() {
            assertEquals(Rejection.MALFORMED_CLAIM,
                    rejectionOf(review(Launches.instructor("C1"), "5").with(LtiClaims.FOR_USER, "5")));
        }
    }

    private PendingLogin login() {
        return pendingLogins.start(moodle, null);
    }

    private static String signed(Launches launch, PendingLogin login) {
        return launch.forLogin(login).signedBy(platformKey);
    }

    private static LaunchAttempt attempt(Launches launch, PendingLogin login) {
        return new LaunchAttempt(signed(launch, login), login.state(), login.browserSecret());
    }

    private ValidatedLaunch accept(Launches launch) throws LaunchRejected {
        return validator.validate(attempt(launch, login()));
    }

    private Rejection rejectionOf(Launches launch) {
        try {
            ValidatedLaunch accepted = validator.validate(attempt(launch, login()));
            return fail("accepted: " + accepted.claims());
        } catch (LaunchRejected rejected) {
            return rejected.reason();
        }
    }

    private void assertRejected(Rejection expected, LaunchAttempt attempt) {
        LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> validator.validate(attempt));
        assertEquals(expected, rejected.reason(), rejected.getMessage());
    }
}
