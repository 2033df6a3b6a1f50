package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import org.junit.jupiter.api.Test;

class LaunchRequestHintTest {

    @Test
    void carriesTheMessageTypeAndTheLink() {
        LaunchRequestHint hint = new LaunchRequestHint("course-7", "en", true, LtiClaims.DEEP_LINKING_REQUEST, null);
        LaunchRequestHint link = new LaunchRequestHint("tomrer-gf2", "da", false, null, "link-tomrer-gf2-2");

        assertEquals(hint, LaunchRequestHint.decode(hint.encode()));
        assertTrue(LaunchRequestHint.decode(hint.encode()).deepLinking());
        LaunchRequestHint decoded = LaunchRequestHint.decode(link.encode());
        assertEquals(LtiClaims.RESOURCE_LINK_REQUEST, decoded.messageType());
        assertEquals("link-tomrer-gf2-2", decoded.linkId());
        assertFalse(decoded.sharesNames());
    }

    @Test
    void garbageIsNoHint() {
        assertNull(LaunchRequestHint.decode("%%%"));
        assertNull(LaunchRequestHint.decode("YQ"));
    }
}
