package dk.laerepladsklar.gradebook.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When one drain loop of the outbox runs: as soon as a committed score is due ({@link #wakeAt}), at the earliest due
 * time the last drain saw (a retry's backoff, a settling score, another worker's lease running out), and otherwise
 * only every {@link #FALLBACK} — which picks up what no one told this node about (a lease of a node that died, a row
 * written by hand). A poll twice a second cost an idle node more CPU than everything else together.
 * <p>
 * At most one drain of a loop runs at a time. A wake-up during a drain is not lost: the loop drains again right
 * after, since the drain may have looked before the score was committed. {@link #stop} lets the drain in flight end.
 */
public final class DrainLoop {

    /** How often a loop looks for work nobody announced. */
    public static final Duration FALLBACK = Duration.ofSeconds(15);
    /**
     * The shortest pause after a drain that left due work behind (rows another transaction held locked, or a drain
     * that ran out of time): the work is taken up again soon, without spinning on rows it cannot have yet.
     */
    static final Duration MIN_PAUSE = Duration.ofMillis(500);
    /** After a drain failed (the database away, say): try again after this long. */
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(DrainLoop.class.getName());

    private final ScheduledExecutorService executor;
    private final Supplier<Optional<Instant>> drain;
    private final Clock clock;
    private final Duration fallback;

    private ScheduledFuture<?> next;
    private Instant nextAt;
    private boolean running;
    private boolean stopped;
    /** A wake-up for now arrived during the drain. */
    private boolean again;
    /** The earliest future wake-up asked for during the drain. */
    private Instant wanted;

    /**
     * @param drain sends what is due and answers the earliest time something more will be due, as far as it knows
     */
    public DrainLoop(ScheduledExecutorService executor, Supplier<Optional<Instant>> drain, Clock clock, Duration fallback) {
        this.executor = executor;
        this.drain = drain;
        this.clock = clock;
        this.fallback = fallback;
    }

    /** Drains at {@code at} (at once when it has passed), unless a drain is planned before it already. */
    public synchronized void wakeAt(Instant at) {
        if (stopped) {
            return;
        }
        Instant now = clock.instant();
        if (running) {
            if (!at.isAfter(now)) {
                again = true;
            } else if (wanted == null || at.isBefore(wanted)) {
                wanted = at;
            }
            return;
        }
        if (nextAt != null && !at.isBefore(nextAt) && !refused()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        plan(at, now);
    }

    /**
     * Drains at once if the planned drain never ran: WildFly refuses a managed task that falls due while the server is
     * suspended (graceful shutdown), which is how the loop stops claiming then, but also leaves it with no next drain
     * after a resume. Called now and then by a timer; does nothing while a drain is planned or running.
     */
    public synchronized void revive() {
        if (!stopped && !running && (next == null || refused())) {
            plan(clock.instant(), clock.instant());
        }
    }

    /** The planned drain's task ended without running the drain (refused by a suspended server). */
    private boolean refused() {
        return next != null && next.isDone() && !next.isCancelled();
    }

    /** When the next drain is planned, or null while one runs or after {@link #stop}. */
    public synchronized Instant plannedAt() {
        return nextAt;
    }

    /**
     * No more drains; waits up to {@code wait} for the one in flight to end (its send finishes and is recorded).
     *
     * @return whether no drain runs any more
     */
    public synchronized boolean stop(Duration wait) {
        stopped = true;
        if (next != null) {
            next.cancel(false);
            next = null;
            nextAt = null;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (running) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    private void plan(Instant at, Instant now) {
        long delay = Math.max(0, Duration.between(now, at).toMillis());
        nextAt = at;
        try {
            next = executor.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) { // the executor is shutting down with the server
            next = null;
            nextAt = null;
        }
    }

    private void run() {
        synchronized (this) {
            if (stopped || running) {
                return;
            }
            running = true;
            next = null;
            nextAt = null;
            again = false;
            wanted = null;
        }
        Optional<Instant> due;
        try {
            due = drain.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Gradebook outbox: a drain stopped early: {0}", e.toString());
            due = Optional.of(clock.instant().plus(AFTER_FAILURE));
        }
        synchronized (this) {
            running = false;
            notifyAll();
            if (!stopped) {
                Instant now = clock.instant();
                plan(again ? now : nextDrain(now, due, wanted), now);
            }
        }
    }

    /** The next drain after one that ended at {@code now}: the earliest of what is due, what was asked, the fallback. */
    Instant nextDrain(Instant now, Optional<Instant> due, Instant asked) {
        Instant at = now.plus(fallback);
        if (due.isPresent() && due.get().isBefore(at)) {
            Instant soonest = now.plus(MIN_PAUSE);
            at = due.get().isBefore(soonest) ? soonest : due.get();
        }
        if (asked != null && asked.isBefore(at)) {
            at = asked;
        }
        return at;
    }
}
