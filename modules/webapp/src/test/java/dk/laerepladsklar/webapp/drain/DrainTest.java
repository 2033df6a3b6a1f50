package dk.laerepladsklar.webapp.drain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DrainTest {

    @Test
    void admitsAndCountsUntilTheDrainBegins() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        assertTrue(drain.admit());
        assertEquals(2, drain.inFlight());
        drain.done();
        drain.done();
        assertTrue(drain.drain(Duration.ZERO), "nothing in flight: drained at once");
        assertTrue(drain.draining());
        assertFalse(drain.admit(), "no request is let in once draining");
        assertEquals(0, drain.inFlight());
    }

    @Test
    void theDrainWaitsForTheRequestInFlightAndRefusesNewOnesMeanwhile() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return drain.drain(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // Wait for the condition (the drain has begun), not for a time.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!drain.draining() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(drain.draining());
        assertFalse(drain.admit(), "a new request is turned away");
        assertFalse(drained.isDone(), "the request in flight is still running");
        drain.done();
        assertTrue(drained.get(10, TimeUnit.SECONDS), "done once the request in flight finished");
    }

    @Test
    void theDrainGivesUpWhenTheTimeIsUp() throws Exception {
        Drain drain = new Drain();
        assertTrue(drain.admit());
        long start = System.nanoTime();
        assertFalse(drain.drain(Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200));
        assertEquals(1, drain.inFlight());
    }

    @Test
    void doneWithoutAdmitNeverGoesBelowZero() {
        Drain drain = new Drain();
        drain.done();
        assertEquals(0, drain.inFlight());
    }

    @Test
    void theTimeoutComesFromLpkShutdownTimeoutOrIs30Seconds() {
        assertEquals(Duration.ofSeconds(30), Drain.timeout(null));
        assertEquals(Duration.ofSeconds(30), Drain.timeout(""));
        assertEquals(Duration.ofSeconds(30), Drain.timeout("-5"));
        assertEquals(Duration.ofSeconds(30), Drain.timeout("ten"));
        assertEquals(Duration.ofSeconds(5), Drain.timeout(" 5 "));
        assertEquals(Duration.ZERO, Drain.timeout("0"));
    }
}
