package dk.laerepladsklar.lti.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

    private final RegistrationPolicy policy = new RegistrationPolicy();

    @Test
    void aConfigurationSpeaksForTheIssuerOfItsOwnOrigin() {
        assertTrue(policy.configurationMaySpeakFor("https://moodle.skole.dk/mod/lti/openid-configuration.php", "https://moodle.skole.dk"));
        assertTrue(policy.configurationMaySpeakFor("https://MOODLE.skole.dk:443/x", "https://moodle.skole.dk/moodle"));
        assertTrue(policy.configurationMaySpeakFor("http://127.0.0.1:8080/api/demo-lms/openid-configuration", "http://127.0.0.1:8080/api/demo-lms"));
    }

    @Test
    void aConfigurationCannotSpeakForAnotherSitesIssuer() {
        assertFalse(policy.configurationMaySpeakFor("https://evil.example/openid-configuration", "https://moodle.skole.dk"));
        assertFalse(policy.configurationMaySpeakFor("https://moodle.skole.dk.evil.example/c", "https://moodle.skole.dk"));
        assertFalse(policy.configurationMaySpeakFor("http://moodle.skole.dk/c", "https://moodle.skole.dk"), "scheme is part of the origin");
        assertFalse(policy.configurationMaySpeakFor("https://moodle.skole.dk:8443/c", "https://moodle.skole.dk"), "so is the port");
        assertFalse(policy.configurationMaySpeakFor("https://user@moodle.skole.dk/c", "https://moodle.skole.dk"));
        assertFalse(policy.configurationMaySpeakFor("javascript:alert(1)", "https://moodle.skole.dk"));
        assertFalse(policy.configurationMaySpeakFor("https://moodle.skole.dk/c", null));
    }

    @Test
    void canvasSharedIssuersAreAcceptedFromInstructureSitesOnly() {
        assertTrue(policy.configurationMaySpeakFor("https://skole.instructure.com/api/lti/security/openid-configuration",
                "https://canvas.instructure.com"));
        assertTrue(policy.configurationMaySpeakFor("https://skole.beta.instructure.com/c", "https://canvas.beta.instructure.com"));
        assertTrue(policy.configurationMaySpeakFor("https://skole.test.instructure.com/c", "https://canvas.test.instructure.com"));
        assertFalse(policy.configurationMaySpeakFor("http://skole.instructure.com/c", "https://canvas.instructure.com"), "https only");
        assertFalse(policy.configurationMaySpeakFor("https://skole.instructure.com:8443/c", "https://canvas.instructure.com"));
        assertFalse(policy.configurationMaySpeakFor("https://instructure.com.evil.example/c", "https://canvas.instructure.com"));
        assertFalse(policy.configurationMaySpeakFor("https://evilinstructure.com/c", "https://canvas.instructure.com"));
        assertFalse(policy.configurationMaySpeakFor("https://canvas.skole.dk/c", "https://canvas.instructure.com"),
                "a self-hosted Canvas must be listed by the operator");
        assertFalse(policy.configurationMaySpeakFor("https://skole.instructure.com/c", "https://moodle.skole.dk"),
                "only Canvas's shared issuers are shared");
    }

    @Test
    void theOperatorListsSelfHostedCanvasOrigins() {
        assertEquals(Set.of("https://canvas.skole.dk", "https://lms.region.dk:8443"),
                RegistrationPolicy.canvasOrigins(" https://canvas.skole.dk/ ,https://lms.region.dk:8443  http://plain.dk not-a-url"));
        assertEquals(Set.of(), RegistrationPolicy.canvasOrigins(null));
    }
}
