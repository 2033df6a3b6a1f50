package dk.laerepladsklar.lti.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformOriginsTest {

    @Test
    void aMoodleSiteLivesOnItsIssuersOrigin() {
        Platform moodle = new Platform("https://moodle.skole.dk", "c1", "Skolens Moodle", "https://moodle.skole.dk/mod/lti/auth.php",
                "https://moodle.skole.dk/mod/lti/token.php", "https://moodle.skole.dk/mod/lti/certs.php");

        assertEquals(Set.of("https://moodle.skole.dk"), PlatformOrigins.of(moodle));
        assertTrue(PlatformOrigins.isOn(moodle, "https://moodle.skole.dk:443/mod/lti/services.php/2/lineitems?type_id=1"));
        assertTrue(PlatformOrigins.isOn(moodle, "HTTPS://MOODLE.skole.dk/mod/lti/services.php/CourseSection/2/bindings/tool/1/memberships"));
        assertFalse(PlatformOrigins.isOn(moodle, "http://moodle.skole.dk/mod/lti/services.php/2/lineitems"), "another scheme");
        assertFalse(PlatformOrigins.isOn(moodle, "https://moodle.skole.dk:8443/x"), "another port");
        assertFalse(PlatformOrigins.isOn(moodle, "https://moodle.skole.dk.evil.example/x"));
        assertFalse(PlatformOrigins.isOn(moodle, "https://evil.example@moodle.skole.dk/x"), "user info is no origin");
        assertFalse(PlatformOrigins.isOn(moodle, "javascript:alert(1)"));
        assertFalse(PlatformOrigins.isOn(moodle, null));
    }

    @Test
    void canvasServesItsServicesOnTheSchoolsOwnDomainListedWithTheRegistration() {
        Platform canvas = new Platform("https://canvas.instructure.com", "10000000000001", "Canvas",
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks");
        assertFalse(PlatformOrigins.isOn(canvas, "https://skole.instructure.com/api/lti/courses/1/line_items"));

        canvas.replaceFrameOrigins(List.of("https://skole.instructure.com"));

        assertTrue(PlatformOrigins.isOn(canvas, "https://skole.instructure.com/api/lti/courses/1/line_items"));
        assertFalse(PlatformOrigins.isOn(canvas, "https://andenskole.instructure.com/api/lti/courses/1/line_items"));
    }
}
