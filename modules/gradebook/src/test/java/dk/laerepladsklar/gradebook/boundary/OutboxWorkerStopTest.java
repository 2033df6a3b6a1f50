package dk.laerepladsklar.gradebook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Gradebook;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The outbox's part of a graceful shutdown: undeploy comes while a batch is being sent. The send in flight finishes
 * and its outcome is recorded; the rest of the batch is handed back at once, due now, for a worker that goes on;
 * nothing more is claimed. (The database's part, leases and locks, is ExactlyOnceIT's.)
 */
class OutboxWorkerStopTest {

    @Test
    void onStopTheSendInFlightIsSettledTheRestHandedBackAndNothingMoreClaimed() throws Exception {
        Placement placement = new Placement(new PlatformId(UUID.randomUUID()), "course-8890",
                new ActivityRef("teaching-module", "networking"), "Netværk", 100);
        placement.useGradebook(new GradebookAccess(null, "https://lms.example/lineitems/1", false, true));
        FakeDeliveries deliveries = new FakeDeliveries(placement, 3);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch stopCalled = new CountDownLatch(1);
        AtomicInteger published = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
        OutboxWorker worker = new OutboxWorker();
        worker.deliveries = deliveries;
        worker.scheduler = null; // the loops are not started: drain() runs on this test's own thread
        worker.gradebook = new Gradebook() {
            @Override
            public Delivery publish(LineItemRef lineItem, Score score) {
                published.incrementAndGet();
                sending.countDown();
                try {
                    assertTrue(stopCalled.await(5, TimeUnit.SECONDS)); // undeploy arrives mid-send
                    Thread.sleep(100); // ... and the send takes a moment more
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Delivery.delivered(200);
            }

            @Override
            public Optional<LineItemRef> createLineItem(PlatformId platform, String url, LineItemSpec spec, String link) {
                return Optional.empty();
            }
        };
        try {
            CompletableFuture<Integer> drain = CompletableFuture.supplyAsync(worker::drain, executor);
            assertTrue(sending.await(5, TimeUnit.SECONDS));
            CompletableFuture<Void> stop = CompletableFuture.runAsync(worker::stop);
            stopCalled.countDown();
            stop.get(10, TimeUnit.SECONDS);
            assertEquals(1, drain.get(10, TimeUnit.SECONDS), "one score was sent");
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, published.get(), "nothing after the send in flight");
        assertEquals(1, deliveries.settled.size(), "the send in flight was recorded");
        assertEquals(2, deliveries.handedBack.size(), "the rest of the batch went back");
        assertTrue(deliveries.handedBackUntil.stream().allMatch(t -> !t.isAfter(Instant.now())), "due at once for another worker");
        assertEquals(1, deliveries.claims.get(), "nothing more claimed after the stop");
    }

    /** The outbox's transactions over a batch in memory. */
    private static final class FakeDeliveries extends Deliveries {
        final Placement placement;
        final int rows;
        final AtomicInteger claims = new AtomicInteger();
        final List<UUID> settled = new CopyOnWriteArrayList<>();
        final List<UUID> handedBack = new CopyOnWriteArrayList<>();
        final List<Instant> handedBackUntil = new CopyOnWriteArrayList<>();

        FakeDeliveries(Placement placement, int rows) {
            this.placement = placement;
            this.rows = rows;
        }

        @Override
        public List<Due> claim(int limit) {
            if (claims.incrementAndGet() > 1) {
                return List.of(); // what a second claim would find after this batch
            }
            UUID lease = UUID.randomUUID();
            List<Due> batch = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                batch.add(new Due(UUID.randomUUID(), placement.getId(), placement.getPlatform().value(),
                        new Score("student-" + i, 50, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded,
                                Instant.now(), null), 0, lease));
            }
            return batch;
        }

        @Override
        public boolean renew(Due due) {
            return true;
        }

        @Override
        public boolean settle(Due due, Delivery delivery) {
            settled.add(due.id());
            return true;
        }

        @Override
        public void postpone(List<Due> dues, Instant until) {
            dues.forEach(d -> {
                handedBack.add(d.id());
                handedBackUntil.add(until);
            });
        }

        @Override
        public Optional<Placement> placement(UUID placementId) {
            return Optional.of(placement);
        }

        @Override
        public Optional<Placement> wholeOf(Placement p) {
            return Optional.of(p);
        }
    }
}
