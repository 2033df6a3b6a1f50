package dk.laerepladsklar.gradebook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DrainLoopTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2);

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void theFallbackPollIsSlow() {
        assertTrue(DrainLoop.FALLBACK.compareTo(Duration.ofSeconds(10)) >= 0, "an idle node polls at most every 10 s");
        assertTrue(DrainLoop.FALLBACK.compareTo(Duration.ofSeconds(30)) <= 0, "an expired lease waits at most 30 s more");
    }

    @Test
    void anIdleLoopPlansItsNextLookOnlyAfterTheFallback() throws InterruptedException {
        CountDownLatch drained = new CountDownLatch(1);
        DrainLoop loop = new DrainLoop(executor, () -> {
            drained.countDown();
            return Optional.empty(); // nothing waits
        }, Clock.systemUTC(), DrainLoop.FALLBACK);
        loop.wakeAt(Instant.now());
        assertTrue(drained.await(5, TimeUnit.SECONDS));
        Instant planned = waitForPlan(loop);
        Duration ahead = Duration.between(Instant.now(), planned);
        assertTrue(ahead.compareTo(DrainLoop.FALLBACK.minusSeconds(1)) > 0, "next look in " + ahead);
        assertEquals(1, executor.getQueue().size(), "one task waits, nothing runs twice a second");
    }

    @Test
    void aCommittedScoreWakesTheLoopAtOnce() throws InterruptedException {
        AtomicInteger drains = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        DrainLoop loop = new DrainLoop(executor, () -> {
            drains.incrementAndGet();
            first.countDown();
            second.countDown();
            return Optional.empty();
        }, Clock.systemUTC(), Duration.ofHours(1));
        loop.wakeAt(Instant.now());
        assertTrue(first.await(5, TimeUnit.SECONDS));
        assertTrue(Duration.between(Instant.now(), waitForPlan(loop)).toMinutes() >= 59, "idle until the fallback");
        long woken = System.nanoTime();
        loop.wakeAt(Instant.now()); // a score was committed
        assertTrue(second.await(5, TimeUnit.SECONDS));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - woken) < 1_000);
        assertEquals(2, drains.get());
    }

    @Test
    void aLaterWakeDoesNotPostponeAnEarlierOne() {
        DrainLoop loop = new DrainLoop(executor, Optional::empty, Clock.systemUTC(), Duration.ofHours(1));
        Instant soon = Instant.now().plusSeconds(60);
        loop.wakeAt(soon);
        loop.wakeAt(soon.plusSeconds(30));
        assertEquals(soon, loop.plannedAt());
        loop.wakeAt(soon.minusSeconds(30));
        assertEquals(soon.minusSeconds(30), loop.plannedAt());
        assertEquals(1, executor.getQueue().stream().filter(t -> !((java.util.concurrent.Future<?>) t).isCancelled()).count());
    }

    @Test
    void theNextDrainIsAtTheEarliestDueTimeNeverSoonerThanAPauseNorLaterThanTheFallback() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        DrainLoop loop = new DrainLoop(executor, Optional::empty, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(15));
        assertEquals(now.plusSeconds(15), loop.nextDrain(now, Optional.empty(), null));
        assertEquals(now.plusSeconds(4), loop.nextDrain(now, Optional.of(now.plusSeconds(4)), null), "a retry's backoff");
        assertEquals(now.plusSeconds(15), loop.nextDrain(now, Optional.of(now.plusSeconds(60)), null), "a lease elsewhere");
        assertEquals(now.plus(DrainLoop.MIN_PAUSE), loop.nextDrain(now, Optional.of(now.minusSeconds(3)), null),
                "due rows it could not take: again soon, without spinning");
        assertEquals(now.plusSeconds(2), loop.nextDrain(now, Optional.of(now.plusSeconds(4)), now.plusSeconds(2)),
                "a wake-up asked for during the drain");
    }

    @Test
    void aWakeDuringADrainDrainsAgainRightAfter() throws InterruptedException {
        CountDownLatch inDrain = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twice = new CountDownLatch(2);
        DrainLoop loop = new DrainLoop(executor, () -> {
            inDrain.countDown();
            twice.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }, Clock.systemUTC(), Duration.ofHours(1));
        loop.wakeAt(Instant.now());
        assertTrue(inDrain.await(5, TimeUnit.SECONDS));
        loop.wakeAt(Instant.now()); // committed while the drain ran: its claim may have missed the score
        release.countDown();
        assertTrue(twice.await(5, TimeUnit.SECONDS));
    }

    @Test
    void stopLetsTheDrainInFlightFinishAndPlansNoMore() throws InterruptedException {
        CountDownLatch inDrain = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        DrainLoop loop = new DrainLoop(executor, () -> {
            inDrain.countDown();
            try {
                Thread.sleep(300); // a send in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
            return Optional.of(Instant.now());
        }, Clock.systemUTC(), Duration.ofHours(1));
        loop.wakeAt(Instant.now());
        assertTrue(inDrain.await(5, TimeUnit.SECONDS));
        assertTrue(loop.stop(Duration.ofSeconds(5)), "the drain ended within the wait");
        assertEquals(1, finished.get());
        assertNull(loop.plannedAt());
        loop.wakeAt(Instant.now());
        assertNull(loop.plannedAt(), "a stopped loop is not woken");
        assertTrue(loop.isStopped());
    }

    @Test
    void stopGivesUpWaitingForASendThatHangs() throws InterruptedException {
        CountDownLatch inDrain = new CountDownLatch(1);
        CountDownLatch hang = new CountDownLatch(1);
        DrainLoop loop = new DrainLoop(executor, () -> {
            inDrain.countDown();
            try {
                hang.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }, Clock.systemUTC(), Duration.ofHours(1));
        loop.wakeAt(Instant.now());
        assertTrue(inDrain.await(5, TimeUnit.SECONDS));
        assertFalse(loop.stop(Duration.ofMillis(200)), "the lease of the hanging send runs out by itself");
        hang.countDown();
    }

    @Test
    void aDrainRefusedWhileTheServerWasSuspendedIsMadeUpAfterItsResume() throws Exception {
        AtomicBoolean suspended = new AtomicBoolean(true);
        ScheduledThreadPoolExecutor server = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                return super.schedule(() -> { // as WildFly's managed executor does while suspended
                    if (suspended.get()) {
                        throw new IllegalStateException("the server is suspended");
                    }
                    command.run();
                }, delay, unit);
            }
        };
        try {
            AtomicInteger drains = new AtomicInteger();
            CountDownLatch drained = new CountDownLatch(1);
            DrainLoop loop = new DrainLoop(server, () -> {
                drains.incrementAndGet();
                drained.countDown();
                return Optional.empty();
            }, Clock.systemUTC(), Duration.ofHours(1));
            loop.wakeAt(Instant.now());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.getCompletedTaskCount() < 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(0, drains.get(), "nothing claimed while suspended");

            suspended.set(false);
            loop.revive(); // the minute's timer after the resume
            assertTrue(drained.await(5, TimeUnit.SECONDS), "the refused drain is made up");
            Instant planned = waitForPlan(loop);
            loop.revive();
            assertEquals(planned, loop.plannedAt(), "a loop with a plan is left alone");
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aWakeAfterARefusedDrainIsNotIgnored() throws Exception {
        AtomicBoolean suspended = new AtomicBoolean(true);
        ScheduledThreadPoolExecutor server = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                return super.schedule(() -> {
                    if (suspended.get()) {
                        throw new IllegalStateException("the server is suspended");
                    }
                    command.run();
                }, delay, unit);
            }
        };
        try {
            CountDownLatch drained = new CountDownLatch(1);
            DrainLoop loop = new DrainLoop(server, () -> {
                drained.countDown();
                return Optional.empty();
            }, Clock.systemUTC(), Duration.ofHours(1));
            loop.wakeAt(Instant.now());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.getCompletedTaskCount() < 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            suspended.set(false);
            loop.wakeAt(Instant.now()); // a score committed after the resume: later than the refused plan
            assertTrue(drained.await(5, TimeUnit.SECONDS));
        } finally {
            server.shutdownNow();
        }
    }

    /** The plan made after a drain, once the drain has ended. */
    private static Instant waitForPlan(DrainLoop loop) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (loop.plannedAt() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return loop.plannedAt();
    }
}
