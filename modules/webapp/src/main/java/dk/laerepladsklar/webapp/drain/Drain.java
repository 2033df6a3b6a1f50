package dk.laerepladsklar.webapp.drain;

import java.time.Duration;

/**
 * The requests in flight and whether new ones are still let in. Once {@link #drain(Duration)} has begun, no request is
 * admitted again; the drain returns when the last admitted request is done or the time is up.
 */
public final class Drain {

    private int inFlight;
    private boolean draining;

    /** Lets a request in (counted until {@link #done()}), or refuses it once draining has begun. */
    public synchronized boolean admit() {
        if (draining) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** An admitted request is done. */
    public synchronized void done() {
        if (inFlight > 0) {
            inFlight--;
        }
        if (inFlight == 0) {
            notifyAll();
        }
    }

    public synchronized boolean draining() {
        return draining;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    /**
     * Refuses new requests from now on and waits until those in flight are done, for at most {@code timeout}.
     *
     * @return true if none was left in flight, false if the time ran out first
     */
    public synchronized boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Duration wait = Duration.ofNanos(left);
            wait(Math.max(1, wait.toMillis()));
        }
        return true;
    }

    /** LPK_SHUTDOWN_TIMEOUT in whole seconds, 30 when unset or not a non-negative number. */
    static Duration timeout(String seconds) {
        if (seconds != null && seconds.trim().matches("\\d{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(seconds.trim()));
        }
        return Duration.ofSeconds(30);
    }
}
