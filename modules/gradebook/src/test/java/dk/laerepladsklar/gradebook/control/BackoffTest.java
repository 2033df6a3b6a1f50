package dk.laerepladsklar.gradebook.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @RepeatedTest(20)
    void waitsGrowAndJitterWithinBounds() {
        Duration first = Backoff.after(1);
        Duration fifth = Backoff.after(5);
        assertTrue(first.toMillis() >= 1_000 && first.toMillis() <= 2_000, first.toString());
        assertTrue(fifth.toMillis() >= 16_000 && fifth.toMillis() <= 32_000, fifth.toString());
    }

    @Test
    void neverLongerThanFifteenMinutes() {
        assertTrue(Backoff.after(40).compareTo(Duration.ofMinutes(15)) <= 0);
        assertTrue(Backoff.after(40).compareTo(Duration.ofMinutes(7)) >= 0);
    }

    @Test
    void aPlatformDownForAnHourIsAskedAFewDozenTimesNotThousands() {
        long waited = 0;
        int attempts = 0;
        while (waited < Duration.ofHours(1).toMillis()) {
            waited += Backoff.after(++attempts).toMillis();
        }
        assertTrue(attempts < 20, "attempts: " + attempts);
    }
}
