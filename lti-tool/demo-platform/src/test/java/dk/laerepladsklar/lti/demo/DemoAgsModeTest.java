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
}
