package dk.laerepladsklar.lti.core.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.registration.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReturnUrlPolicyTest {

    /** A Canvas-like platform: shared issuer, endpoints on other origins, and the school's own domain listed. */
    private static final Registration CANVAS = new Registration(new PlatformId(UUID.randomUUID()),
            "https://canvas.instructure.com", "10000000000042", "Skolens Canvas",
            "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
            "https://sso.canvaslms.com/api/lti/security/jwks", Set.of("1"), List.of("https://skole.instructure.com"),
            Instant.now());
    private static final Registration DEMO = new Registration(new PlatformId(UUID.randomUUID()),
            "http://127.0.0.1:8080/api/demo-lms", "demo", "Demo LMS", "http://127.0.0.1:8080/api/demo-lms/auth",
            null, "http://127.0.0.1:8080/api/demo-lms/jwks", Set.of("1"), List.of(), Instant.now());

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.domain)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "http://skole.instructure.com/courses/1/deep_linking_response",
            "https://evil.example/courses/1/deep_linking_response",
            "https://skole.instructure.com.evil.example/x",
            "https://skole.instructure.com@evil.example/x",
            "https://user:pw@skole.instructure.com/x",
            "/courses/1/deep_linking_response",
            "//evil.example/x",
            "https://skole.instructure.com:8443/x",
            "not a url at all",
            " "})
    void refusesWhatIsNotAnHttpsAddressOfThePlatform(String returnUrl) {
        assertTrue(ReturnUrlPolicy.refusal(returnUrl, CANVAS, false).isPresent(), returnUrl);
        assertTrue(ReturnUrlPolicy.refusal(returnUrl, CANVAS, true).isPresent(), "dev mode too: " + returnUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://skole.instructure.com/courses/1/deep_linking_response?modal=true",
            "https://canvas.instructure.com/deep_link_return",
            "https://SSO.canvaslms.com:443/x"})
    void acceptsTheIssuerTheEndpointsAndTheListedOrigins(String returnUrl) {
        assertEquals(Optional.empty(), ReturnUrlPolicy.refusal(returnUrl, CANVAS, false));
    }

    @Test
    void httpOnlyOnLoopbackAndOnlyInDevMode() {
        String demoReturn = "http://127.0.0.1:8080/api/demo-lms/deep-link-return";

        assertEquals(Optional.empty(), ReturnUrlPolicy.refusal(demoReturn, DEMO, true));
        assertTrue(ReturnUrlPolicy.refusal(demoReturn, DEMO, false).isPresent());
        assertTrue(ReturnUrlPolicy.refusal("http://127.0.0.1:9999/api/demo-lms/deep-link-return", DEMO, true).isPresent(),
                "another port is another origin");
    }
}
