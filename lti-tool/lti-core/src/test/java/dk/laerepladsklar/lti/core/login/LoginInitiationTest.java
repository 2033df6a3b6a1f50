package dk.laerepladsklar.lti.core.login;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.validation.LaunchRejected;
import dk.laerepladsklar.lti.core.validation.Rejection;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LoginInitiationTest {

    private static final String MOODLE_HINT = "{\"cmid\":\"12\",\"launchid\":\"ltilaunch1_1234567890\"}";

    @Test
    void aRealMoodleInitiationIsWithinBounds() {
        assertDoesNotThrow(() -> moodle(x -> x).requireBounded());
        assertDoesNotThrow(() -> moodle(x -> "a".repeat(LoginInitiation.MAX_FIELD)).requireBounded());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void anyFieldLongerThanTwoKilobytesIsRefused(int field) {
        String tooLong = "x".repeat(LoginInitiation.MAX_FIELD + 1);
        String[] values = {"https://moodle.skole.dk", "2", "https://lpk.dk/", MOODLE_HINT, "abc", "1"};
        values[field] = tooLong;
        LoginInitiation initiation = new LoginInitiation(values[0], values[1], values[2], values[3], values[4], values[5], null);

        LaunchRejected rejected = assertThrows(LaunchRejected.class, initiation::requireBounded);

        assertEquals(Rejection.LOGIN_FIELD_TOO_LONG, rejected.reason());
        assertFalse(rejected.getMessage().contains(tooLong.substring(0, 50)), "the log names the field, not its value");
    }

    @Test
    void theStorageFrameMustBeAFrameName() {
        LoginInitiation canvas = new LoginInitiation("https://canvas.instructure.com", "u", "https://lpk.dk/", null,
                "10000000000001", "1", "post_message_forwarding");
        LoginInitiation huge = new LoginInitiation("https://canvas.instructure.com", "u", "https://lpk.dk/", null,
                "10000000000001", "1", "f".repeat(LoginInitiation.MAX_STORAGE_TARGET + 1));

        assertDoesNotThrow(canvas::requireBounded);
        LaunchRejected rejected = assertThrows(LaunchRejected.class, huge::requireBounded);
        assertEquals(Rejection.LOGIN_FIELD_TOO_LONG, rejected.reason());
        assertTrue(rejected.getMessage().contains("lti_storage_target"), rejected.getMessage());
    }

    private static LoginInitiation moodle(Function<String, String> each) {
        return new LoginInitiation(each.apply("https://moodle.skole.dk"), each.apply("2"), each.apply("https://lpk.dk/"),
                each.apply(MOODLE_HINT), each.apply("abc"), each.apply("1"), null);
    }
}
