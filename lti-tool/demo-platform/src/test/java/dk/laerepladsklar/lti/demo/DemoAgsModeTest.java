package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoAgsModeTest {

    @Test
    void conflictAndRejectCanBeLimitedToSomeUsers() {
        DemoAgsMode mode = new DemoAgsMode();

        mode.set("conflict", "student-ali, student-emma");
        assertEquals(Optional.of(409), mode.forcedScoreStatus("student-ali"));
        assertEquals(Optional.empty(), mode.forcedScoreStatus("student-sofie"));

        mode.set("REJECT", "");
        assertEquals(Optional.of(422), mode.forcedScoreStatus("student-sofie"));

        mode.set("down", null);
        assertTrue(mode.down());
        assertEquals(Optional.empty(), mode.forcedScoreStatus("student-sofie"));

        mode.set("normal", null);
        assertEquals(Optional.empty(), mode.forcedScoreStatus("student-ali"));
    }

    @Test
    void anUnknownModeIsRefusedAndChangesNothing() {
        DemoAgsMode mode = new DemoAgsMode();
        mode.set("conflict", null);

        assertThrows(IllegalArgumentException.class, () -> mode.set("broken", null));
        assertEquals(DemoAgsMode.Mode.CONFLICT, mode.mode());
    }

    @Test
    void delayAndServicesGoWithEveryChangeAndBadValuesAreRefused() {
        DemoAgsMode mode = new DemoAgsMode();
        mode.set("normal", null, "1500", "grade-sync-only");
        assertEquals(1500L, mode.toJson().get("delay"));
        assertEquals("grade-sync-only", mode.toJson().get("services"));
        assertTrue(mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_SCORE));
        assertEquals(false, mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_LINEITEM));
        assertEquals(false, mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_LINEITEM_READONLY));

        mode.set("normal", null, null, "no-scores");
        assertEquals(false, mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_SCORE));
        assertTrue(mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_LINEITEM));
        assertEquals(0L, mode.toJson().get("delay"), "left out: back to none");

        for (String delay : new String[] {"-1", "10001", "soon", "1e3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mode.set("normal", null, delay, null));
            assertEquals("bad_delay", e.getMessage());
        }
        assertEquals("unknown_services", assertThrows(IllegalArgumentException.class,
                () -> mode.set("normal", null, "0", "some")).getMessage());
        assertEquals("no-scores", mode.toJson().get("services"), "a refused change changes nothing");

        mode.set("normal", "");
        assertTrue(mode.grants(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_SCORE));
    }
}
