package dk.laerepladsklar.lti.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String GUESSER = "203.0.113.7";
    private static final String COLLEAGUE = "198.51.100.20";

    private final StoppedClock clock = new StoppedClock();
    private final SignInThrottle throttle = new SignInThrottle();

    @BeforeEach
    void stopTime() {
        throttle.clock = clock;
    }

    @Test
    void aFewWrongTokensAreFree() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(Optional.empty(), throttle.failed(GUESSER));
        }
        assertEquals(Optional.empty(), throttle.lockedOut(GUESSER));
    }

    @Test
    void thenEachWrongTokenLocksTheAddressOutForTwiceAsLong() {
        fail(SignInThrottle.FREE_FAILURES);

        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.failed(GUESSER));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.lockedOut(GUESSER));
        clock.pass(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.lockedOut(GUESSER), "the lock has run out");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.failed(GUESSER));
        clock.pass(Duration.ofSeconds(2));
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.failed(GUESSER));
    }

    @Test
    void theLockIsCappedAtAQuarterOfAnHour() {
        fail(SignInThrottle.FREE_FAILURES + 40);

        assertEquals(Optional.of(SignInThrottle.MAX_LOCK), throttle.lockedOut(GUESSER));
    }

    @Test
    void onlyTheGuessingAddressIsLockedOut() {
        fail(SignInThrottle.FREE_FAILURES + 1);

        assertTrue(throttle.lockedOut(GUESSER).isPresent());
        assertEquals(Optional.empty(), throttle.lockedOut(COLLEAGUE));
        assertEquals(Optional.empty(), throttle.failed(COLLEAGUE));
    }

    @Test
    void theRightTokenStartsAfresh() {
        fail(SignInThrottle.FREE_FAILURES);
        throttle.succeeded(GUESSER);

        assertEquals(Optional.empty(), throttle.failed(GUESSER));
    }

    @Test
    void oldFailuresAreForgotten() {
        fail(SignInThrottle.FREE_FAILURES + 1);
        clock.pass(SignInThrottle.FORGET_AFTER.plusSeconds(1));

        assertEquals(Optional.empty(), throttle.lockedOut(GUESSER));
        assertEquals(Optional.empty(), throttle.failed(GUESSER), "counted from one again");
    }

    @Test
    void aFloodOfAddressesCannotFillTheHeap() {
        for (int i = 0; i < SignInThrottle.MAX_ADDRESSES + 500; i++) {
            throttle.failed("10.0." + (i / 250) + "." + (i % 250));
        }
        fail(SignInThrottle.FREE_FAILURES + 1);

        assertTrue(throttle.lockedOut(GUESSER).isPresent(), "the newest address is remembered");
        assertEquals(Optional.empty(), throttle.failed("10.0.0.0"), "the oldest was forgotten, so it counts from one");
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(GUESSER);
        }
    }

    private static final class StoppedClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
