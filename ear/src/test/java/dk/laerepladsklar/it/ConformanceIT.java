package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.Launches.CONTENT_DEVELOPER;
import static dk.laerepladsklar.it.support.Launches.CONTEXT;
import static dk.laerepladsklar.it.support.Launches.DEPLOYMENT_ID;
import static dk.laerepladsklar.it.support.Launches.INSTITUTION_ADMINISTRATOR;
import static dk.laerepladsklar.it.support.Launches.INSTRUCTOR;
import static dk.laerepladsklar.it.support.Launches.LEARNER;
import static dk.laerepladsklar.it.support.Launches.LIS;
import static dk.laerepladsklar.it.support.Launches.MENTOR;
import static dk.laerepladsklar.it.support.Launches.MESSAGE_TYPE;
import static dk.laerepladsklar.it.support.Launches.RESOURCE_LINK;
import static dk.laerepladsklar.it.support.Launches.ROLES;
import static dk.laerepladsklar.it.support.Launches.ROLE_SCOPE_MENTOR;
import static dk.laerepladsklar.it.support.Launches.SYSTEM_ADMINISTRATOR;
import static dk.laerepladsklar.it.support.Launches.TEACHING_ASSISTANT;
import static dk.laerepladsklar.it.support.Launches.VERSION;
import static dk.laerepladsklar.lti.core.validation.Rejection.ALGORITHM_NOT_ALLOWED;
import static dk.laerepladsklar.lti.core.validation.Rejection.AUDIENCE_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.AZP_MISMATCH;
import static dk.laerepladsklar.lti.core.validation.Rejection.BAD_SIGNATURE;
import static dk.laerepladsklar.lti.core.validation.Rejection.BROWSER_MISMATCH;
import static dk.laerepladsklar.lti.core.validation.Rejection.DEPLOYMENT_ID_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.EXP_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.IAT_IN_FUTURE;
import static dk.laerepladsklar.lti.core.validation.Rejection.IAT_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.ISSUER_MISMATCH;
import static dk.laerepladsklar.lti.core.validation.Rejection.ISSUER_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.KID_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.KID_NOT_FOUND;
import static dk.laerepladsklar.lti.core.validation.Rejection.MESSAGE_TYPE_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.MESSAGE_TYPE_UNSUPPORTED;
import static dk.laerepladsklar.lti.core.validation.Rejection.NONCE_MISMATCH;
import static dk.laerepladsklar.lti.core.validation.Rejection.NONCE_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.NONCE_REPLAYED;
import static dk.laerepladsklar.lti.core.validation.Rejection.NOT_A_JWT;
import static dk.laerepladsklar.lti.core.validation.Rejection.RESOURCE_LINK_ID_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.ROLES_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.STATE_MISMATCH;
import static dk.laerepladsklar.lti.core.validation.Rejection.SUB_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.TOKEN_EXPIRED;
import static dk.laerepladsklar.lti.core.validation.Rejection.UNKNOWN_DEPLOYMENT;
import static dk.laerepladsklar.lti.core.validation.Rejection.VERSION_MISSING;
import static dk.laerepladsklar.lti.core.validation.Rejection.VERSION_UNSUPPORTED;
import static dk.laerepladsklar.lti.core.validation.Rejection.WRONG_AUDIENCE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jose.jwk.RSAKey;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.LtiBrowser.Login;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.core.validation.Rejection;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 1EdTech LTI 1.3 tool certification, run against the real login and launch endpoints on WildFly: every
 * known bad payload must be refused with its symbolic reason, every valid variant must land on the right page.
 * The test is its own platform ({@link TestPlatform}): its keys, its JWKS over HTTP, its registration in the
 * tool's PostgreSQL. Each case is a full round trip: login initiation, state and nonce from the tool's
 * redirect, an id_token signed (or broken) by the platform, and the form post back with the login cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConformanceIT {

    private static final String STUDENT_HOME = "/student/home.xhtml";
    private static final String TEACHER_CLASS = "/teacher/class.xhtml";
    private static final String OTHER_ROLE = "/other-role.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform moodle;
    private LtiBrowser browser;

    @BeforeAll
    static void registerThePlatform() {
        moodle = TestPlatform.start("moodle").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopThePlatform() {
        moodle.close();
    }

    @BeforeEach
    void openABrowser() {
        browser = LtiBrowser.at(url);
    }

    // --- the login: what the tool asks the platform for -------------------------------------------------------

    @Test
    void theLoginInitiationIsAnsweredWithAnAuthenticationRequestToThePlatform() throws Exception {
        Login login = browser.login(moodle, "5");
        Map<String, String> request = login.authenticationRequest();

        assertAll(
                () -> assertEquals("openid", request.get("scope")),
                () -> assertEquals("id_token", request.get("response_type")),
                () -> assertEquals("form_post", request.get("response_mode")),
                () -> assertEquals("none", request.get("prompt")),
                () -> assertEquals(moodle.clientId(), request.get("client_id")),
                () -> assertTrue(request.get("redirect_uri").endsWith("/api/lti/launch"), request.get("redirect_uri")),
                () -> assertEquals("5", request.get("login_hint")),
                () -> assertEquals("{\"cmid\":7,\"launchid\":\"ltilaunch1_5\"}", request.get("lti_message_hint")),
                () -> assertTrue(login.state().length() >= 32, login.state()),
                () -> assertTrue(login.nonce().length() >= 32, login.nonce()),
                () -> assertNotEquals(login.state(), login.nonce()),
                () -> assertTrue(login.cookies().has(loginCookieName(login.state())), login.cookies().header()));
    }

    // --- 1EdTech certification: known bad payloads, and the Security Framework's checks --------------------------

    static Stream<Arguments> badPayloads() {
        return Stream.of(
                bad("No KID sent in JWT header", l -> l.withoutKid(), KID_MISSING),
                bad("Incorrect KID in JWT header", l -> l.kid("no-such-key"), KID_NOT_FOUND),
                bad("Wrong LTI version", l -> l.with(VERSION, "1.2.0"), VERSION_UNSUPPORTED),
                bad("No LTI version", l -> l.without(VERSION), VERSION_MISSING),
                bad("Missing LTI claims (message_type, version, deployment_id)",
                        l -> l.without(MESSAGE_TYPE).without(VERSION).without(DEPLOYMENT_ID), DEPLOYMENT_ID_MISSING),
                bad("Timestamps incorrect (expired an hour ago)", l -> l.issuedAt(Instant.now().minusSeconds(3660)), TOKEN_EXPIRED),
                bad("Expired a minute ago", l -> l.issuedAt(Instant.now().minusSeconds(120)), TOKEN_EXPIRED),
                bad("Issued two minutes in the future", l -> l.issuedAt(Instant.now().plusSeconds(120)), IAT_IN_FUTURE),
                bad("No exp", l -> l.without("exp"), EXP_MISSING),
                bad("No iat", l -> l.without("iat"), IAT_MISSING),
                bad("message_type claim missing", l -> l.without(MESSAGE_TYPE), MESSAGE_TYPE_MISSING),
                bad("Unsupported message_type", l -> l.with(MESSAGE_TYPE, "LtiStartProctoring"), MESSAGE_TYPE_UNSUPPORTED),
                bad("role claim missing", l -> l.without(ROLES), ROLES_MISSING),
                bad("deployment_id claim missing", l -> l.without(DEPLOYMENT_ID), DEPLOYMENT_ID_MISSING),
                bad("Unknown deployment_id", l -> l.with(DEPLOYMENT_ID, "99"), UNKNOWN_DEPLOYMENT),
                bad("resource_link id claim missing", l -> l.with(RESOURCE_LINK, Map.of("title", "No id")), RESOURCE_LINK_ID_MISSING),
                bad("user (sub) claim missing", l -> l.without("sub"), SUB_MISSING),
                bad("No aud", l -> l.without("aud"), AUDIENCE_MISSING),
                bad("aud of another tool", l -> l.with("aud", "another-tool"), WRONG_AUDIENCE),
                bad("Several aud, no azp", l -> l.with("aud", List.of(moodle.clientId(), "another-tool")), AZP_MISMATCH),
                bad("Several aud, azp of another tool",
                        l -> l.with("aud", List.of(moodle.clientId(), "another-tool")).with("azp", "another-tool"), AZP_MISMATCH),
                bad("No iss", l -> l.without("iss"), ISSUER_MISSING),
                bad("iss of another platform", l -> l.with("iss", "https://moodle.other.example"), ISSUER_MISMATCH),
                bad("No nonce", l -> l.without("nonce"), NONCE_MISSING),
                bad("A nonce the tool never issued", l -> l.with("nonce", "made-up-nonce"), NONCE_MISMATCH));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void badPayloads(String payload, UnaryOperator<Launches> breakIt, Rejection expected) throws Exception {
        Login login = browser.login(moodle);

        LaunchResult result = browser.launch(login, breakIt.apply(moodle.learner("C1")).forLogin(login).signedBy(moodle.key()));

        assertRefused(expected, result);
    }

    @Test
    void anIdTokenThatIsNotAJwt() throws Exception {
        Login login = browser.login(moodle);

        assertRefused(NOT_A_JWT, browser.launch(login, "this-is-not-a-jwt"));
    }

    @Test
    void anotherKeyUnderThePlatformsKid() throws Exception {
        Login login = browser.login(moodle);
        RSAKey forger = TestPlatform.newKey(moodle.key().getKeyID());

        assertRefused(BAD_SIGNATURE, browser.launch(login, moodle.instructor("C1").forLogin(login).signedBy(forger)));
    }

    @Test
    void algNoneIsNotEvenASignedJwt() throws Exception {
        Login login = browser.login(moodle);

        assertRefused(NOT_A_JWT, browser.launch(login, moodle.instructor("C1").forLogin(login).unsigned()));
    }

    @Test
    void hs256WithThePlatformsPublicKeyAsSecretIsRefused() throws Exception {
        Login login = browser.login(moodle);
        byte[] publicKey = moodle.key().toRSAPublicKey().getEncoded();

        String forged = moodle.instructor("C1").kid(moodle.key().getKeyID()).forLogin(login).signedWithSecret(publicKey);

        assertRefused(ALGORITHM_NOT_ALLOWED, browser.launch(login, forged));
    }

    @Test
    void aStateTheToolNeverIssued() throws Exception {
        Login login = browser.login(moodle);
        String idToken = moodle.learner("C1").forLogin(login).signedBy(moodle.key());

        assertRefused(STATE_MISMATCH, browser.post(idToken, "forged-" + login.state(), login.cookies()));
    }

    @Test
    void theNonceOfAnotherLogin() throws Exception {
        Login mine = browser.login(moodle);
        Login other = browser.login(moodle);

        String idToken = moodle.learner("C1").with("nonce", other.nonce()).signedBy(moodle.key());

        assertRefused(NONCE_MISMATCH, browser.launch(mine, idToken));
    }

    @Test
    void theSameLaunchPostedTwiceIsAReplay() throws Exception {
        Login login = browser.login(moodle);
        CookieJar copiedCookies = login.cookies().copy();
        String idToken = moodle.learner("C1").forLogin(login).signedBy(moodle.key());

        LaunchResult first = browser.launch(login, idToken);
        LaunchResult replay = browser.post(idToken, login.state(), copiedCookies);

        assertLanded(STUDENT_HOME, first, "Hej Ali Hassan!");
        assertRefused(NONCE_REPLAYED, replay);
    }

    @Test
    void aStatePostedWithoutTheLoginCookie() throws Exception {
        Login login = browser.login(moodle);
        String idToken = moodle.learner("C1").forLogin(login).signedBy(moodle.key());

        assertRefused(BROWSER_MISMATCH, browser.post(idToken, login.state(), new CookieJar()));
    }

    // --- 1EdTech certification: valid teacher and student launches, and Moodle's variants -----------------------

    static Stream<Arguments> validLaunches() {
        return Stream.of(
                valid("Instructor", () -> moodle.instructor("C1"),
                        TEACHER_CLASS, "Klassen", "Velkommen, Hanne Holm.", "Hold: Tømrer GF2 – hold A"),
                valid("Instructor with several roles",
                        () -> moodle.instructor("C1").withRoles(INSTRUCTOR, LIS + "institution/person#Faculty"),
                        TEACHER_CLASS, "Velkommen, Hanne Holm."),
                valid("Instructor, short role name", () -> moodle.instructor("C1").withRoles("Instructor"),
                        TEACHER_CLASS, "Velkommen, Hanne Holm."),
                valid("Instructor, email only", () -> moodle.instructor("C1").withoutNames(),
                        TEACHER_CLASS, "Velkommen, hanne@skole.example."),
                valid("Instructor, names only", () -> moodle.instructor("C1").withoutEmail(),
                        TEACHER_CLASS, "Velkommen, Hanne Holm."),
                valid("Instructor, no PII (sub alone)", () -> moodle.instructor("C1").withoutNames().withoutEmail(),
                        TEACHER_CLASS, "Klassen"),
                valid("Instructor, email without context", () -> moodle.instructor("C1").withoutNames().without(CONTEXT),
                        TEACHER_CLASS, "Velkommen, hanne@skole.example."),
                valid("Teaching assistant", () -> moodle.instructor("C1").withRoles(TEACHING_ASSISTANT),
                        TEACHER_CLASS, "Velkommen, Hanne Holm."),
                valid("Content developer", () -> moodle.instructor("C1").withRoles(CONTENT_DEVELOPER),
                        TEACHER_CLASS, "Klassen"),
                valid("Administrator (Moodle's site admin roles)",
                        () -> moodle.instructor("C1").withRoles(INSTITUTION_ADMINISTRATOR, INSTRUCTOR, SYSTEM_ADMINISTRATOR),
                        TEACHER_CLASS, "Velkommen, Hanne Holm."),
                valid("Instructor, locale en", () -> moodle.instructor("C1").withLocale("en"),
                        TEACHER_CLASS, "The class", "Welcome, Hanne Holm.", "Class: Tømrer GF2 – hold A"),
                valid("Learner", () -> moodle.learner("C1"),
                        STUDENT_HOME, "Mit forløb", "Hej Ali Hassan!", "Hold: Tømrer GF2 – hold A"),
                valid("Learner with several roles",
                        () -> moodle.learner("C1").withRoles(LEARNER, LIS + "institution/person#Student"),
                        STUDENT_HOME, "Hej Ali Hassan!"),
                valid("Learner, short role name", () -> moodle.learner("C1").withRoles("Learner"),
                        STUDENT_HOME, "Hej Ali Hassan!"),
                // not staff is not a student: anyone without a role the schools use gets the page saying what they can do
                valid("Unknown roles only", () -> moodle.instructor("C1").withRoles("http://example.com/custom/TeachingAssistant"),
                        OTHER_ROLE, "Velkommen til Lærepladsklar", "Tømrer GF2 – hold A"),
                valid("No role (empty roles array)", () -> moodle.instructor("C1").withRoles(),
                        OTHER_ROLE, "Velkommen til Lærepladsklar"),
                valid("Observer", () -> moodle.learner("C1").withRoles(LIS + "institution/person#Observer"),
                        OTHER_ROLE, "Velkommen til Lærepladsklar"),
                valid("Guest", () -> moodle.learner("C1").withRoles(LIS + "institution/person#Guest"),
                        OTHER_ROLE, "Velkommen til Lærepladsklar"),
                valid("None", () -> moodle.learner("C1").withRoles(LIS + "institution/person#None", LIS + "system/person#None"),
                        OTHER_ROLE, "Velkommen til Lærepladsklar"),
                valid("Mentor without role_scope_mentor", () -> moodle.learner("C1").withRoles(MENTOR),
                        OTHER_ROLE, "hvilke elever du er mentor for"),
                valid("Learner, email only", () -> moodle.learner("C1").withoutNames(),
                        STUDENT_HOME, "Hej ali@skole.example!"),
                valid("Learner, names only", () -> moodle.learner("C1").withoutEmail(),
                        STUDENT_HOME, "Hej Ali Hassan!"),
                valid("Learner, no PII (sub alone)", () -> moodle.learner("C1").withoutNames().withoutEmail(),
                        STUDENT_HOME, "Hej!"),
                valid("Learner, email without context", () -> moodle.learner("C1").withoutNames().without(CONTEXT),
                        STUDENT_HOME, "Hej ali@skole.example!"),
                valid("Mentor with role_scope_mentor",
                        () -> moodle.learner("C1").withRoles(MENTOR).with(ROLE_SCOPE_MENTOR, List.of("6", "7")),
                        TEACHER_CLASS, "Du er mentor i kurset"),
                valid("Mentor as an institution role, with role_scope_mentor",
                        () -> moodle.learner("C1").withRoles(LIS + "institution/person#Mentor").with(ROLE_SCOPE_MENTOR, List.of("6")),
                        TEACHER_CLASS, "Du er mentor i kurset"),
                valid("Learner, locale en", () -> moodle.learner("C1").withLocale("en"),
                        STUDENT_HOME, "My course", "Hi Ali Hassan!"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void validLaunches(String variant, Supplier<Launches> launch, String landing, List<String> shown) throws Exception {
        Login login = browser.login(moodle);

        LaunchResult result = browser.launch(login, launch.get().forLogin(login).signedBy(moodle.key()));

        assertLanded(landing, result, shown.toArray(String[]::new));
        String teacherPath = dk.laerepladsklar.it.support.LaunchContextParam.with(TEACHER_CLASS, result.landingUrl());
        if (landing.equals(STUDENT_HOME)) {
            HttpResponse<String> teacherPage = browser.get(teacherPath, login.cookies());
            assertEquals(403, teacherPage.statusCode(), "a " + variant + " must not reach the teacher's page");
        }
        if (landing.equals(OTHER_ROLE)) {
            for (String path : List.of(teacherPath, dk.laerepladsklar.it.support.LaunchContextParam.with(STUDENT_HOME,
                    result.landingUrl()))) {
                HttpResponse<String> page = browser.get(path, login.cookies());
                assertTrue(page.body().contains("Velkommen til Lærepladsklar") && !page.body().contains("Hej "),
                        "a " + variant + " reaches neither the teacher's nor the student's page: " + page.body());
            }
        }
    }

    @Test
    void aDanishLaunchWithAnEnglishBrowserStaysDanish() throws Exception {
        Login login = browser.login(moodle);

        LaunchResult result = browser.launch(login, moodle.learner("C1").withLocale("da").forLogin(login).signedBy(moodle.key()));

        assertLanded(STUDENT_HOME, result, "Mit forløb");
        assertFalse(result.body().contains("My course"));
    }

    // --- platform keys: rotation, and no hammering on unknown kids -----------------------------------------------

    @Test
    void aPlatformThatRotatesItsKeyKeepsLaunching() throws Exception {
        try (TestPlatform rotating = TestPlatform.start("rotating").registerIn(EmbeddedPostgresSession.dataSource())) {
            Login before = browser.login(rotating);
            assertLanded(STUDENT_HOME, browser.launch(before, rotating.learner("C1").forLogin(before).signedBy(rotating.key())), "Mit forløb");
            assertEquals(1, rotating.jwksRequests());
            RSAKey retired = rotating.key();

            RSAKey current = rotating.rotateKey("rotating-key-2");
            waitOutTheRefetchInterval(rotating);
            Login after = browser.login(rotating);
            LaunchResult result = browser.launch(after, rotating.learner("C1").forLogin(after).signedBy(current));

            assertLanded(STUDENT_HOME, result, "Mit forløb");
            assertEquals(2, rotating.jwksRequests(), "the unknown kid must have made the tool fetch the key set again");

            Login withRetiredKey = browser.login(rotating);
            assertRefused(KID_NOT_FOUND, browser.launch(withRetiredKey, rotating.learner("C1").forLogin(withRetiredKey).signedBy(retired)));
        }
    }

    @Test
    void unknownKidsDoNotMakeTheToolFetchTheKeySetMoreThanOnceInFiveSeconds() throws Exception {
        try (TestPlatform platform = TestPlatform.start("hammered").registerIn(EmbeddedPostgresSession.dataSource())) {
            RSAKey unpublished = TestPlatform.newKey("not-published");

            for (int attempt = 1; attempt <= 3; attempt++) {
                Login login = browser.login(platform);
                assertRefused(KID_NOT_FOUND, browser.launch(login, platform.learner("C1").forLogin(login).signedBy(unpublished)));
            }
            assertEquals(1, platform.jwksRequests(), "three unknown kids within 5 s, one fetch");

            Login known = browser.login(platform);
            assertLanded(STUDENT_HOME, browser.launch(known, platform.learner("C1").forLogin(known).signedBy(platform.key())), "Mit forløb");
            assertEquals(1, platform.jwksRequests(), "a known kid is served from the cached set");

            waitOutTheRefetchInterval(platform);
            Login later = browser.login(platform);
            assertRefused(KID_NOT_FOUND, browser.launch(later, platform.learner("C1").forLogin(later).signedBy(unpublished)));
            assertEquals(2, platform.jwksRequests(), "after 5 s an unknown kid may fetch the set once more");
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Arguments bad(String payload, UnaryOperator<Launches> breakIt, Rejection expected) {
        return arguments(payload, breakIt, expected);
    }

    private static Arguments valid(String variant, Supplier<Launches> launch, String landing, String... shown) {
        return arguments(variant, launch, landing, List.of(shown));
    }

    private static void assertRefused(Rejection expected, LaunchResult result) {
        assertNull(result.landingUrl(), () -> "launched to " + result.landingUrl() + " instead of refusing with " + expected);
        assertEquals(expected.name(), LtiBrowser.reason(result), result.body());
        boolean registrationProblem = expected == UNKNOWN_DEPLOYMENT || expected == Rejection.UNREGISTERED_PLATFORM;
        assertEquals(registrationProblem ? 403 : 401, result.status());
        assertTrue(result.body().contains("Vi kunne ikke åbne Lærepladsklar"), result.body());
    }

    private static void assertLanded(String page, LaunchResult result, String... shown) {
        assertTrue(result.landed(), () -> "refused with " + LtiBrowser.reason(result) + " (status " + result.status() + ")");
        assertNotNull(result.landingUrl());
        assertTrue(result.landingUrl().matches(".*" + java.util.regex.Pattern.quote(page) + "\\?lc=[A-Za-z0-9_-]{22}"),
                result.landingUrl());
        for (String text : shown) {
            assertTrue(result.body().contains(text), () -> "'" + text + "' not on " + result.landingUrl() + ":\n" + result.body());
        }
    }

    /** The tool refetches a platform's key set at most every 5 s; wait until the last fetch is that old. */
    private static void waitOutTheRefetchInterval(TestPlatform platform) throws InterruptedException {
        long waitMillis = platform.lastJwksRequestMillis() + 5_500 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
    }

    private static String loginCookieName(String state) {
        return "lpk_login_" + state.substring(0, 16).replace('-', 'A').replace('_', 'B');
    }
}
