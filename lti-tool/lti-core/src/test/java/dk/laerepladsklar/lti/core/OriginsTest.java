package dk.laerepladsklar.lti.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void normalisesCaseAndDefaultPorts() {
        assertEquals(Optional.of("https://moodle.skole.dk"), Origins.of("HTTPS://Moodle.Skole.dk:443/mod/lti/auth.php?x=1"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), Origins.of("http://127.0.0.1:8080/api"));
        assertEquals(Optional.of("http://localhost"), Origins.of("http://localhost:80"));
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertEquals(Optional.empty(), Origins.of("javascript:alert(1)"));
        assertEquals(Optional.empty(), Origins.of("/relative/path"));
        assertEquals(Optional.empty(), Origins.of("https://user:pw@evil.example/"));
        assertEquals(Optional.empty(), Origins.of("not a url"));
        assertEquals(Optional.empty(), Origins.of(null));
    }

    @Test
    void comparesOrigins() {
        assertTrue(Origins.isOn("https://moodle.skole.dk/mod/lti/services.php/2/lineitems", "https://moodle.skole.dk"));
        assertFalse(Origins.isOn("https://moodle.skole.dk.evil.example/x", "https://moodle.skole.dk"));
        assertFalse(Origins.isOn("http://moodle.skole.dk/x", "https://moodle.skole.dk"));
    }
}
