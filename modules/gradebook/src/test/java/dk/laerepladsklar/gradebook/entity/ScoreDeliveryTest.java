package dk.laerepladsklar.gradebook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.Score;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreDeliveryTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00.700Z");

    private static ScoreDelivery delivery(Instant now, Instant previous) {
        return new ScoreDelivery(1, UUID.randomUUID(), UUID.randomUUID(), "student-1", 50, 100,
                Score.ActivityProgress.InProgress, Score.GradingProgress.FullyGraded, now, previous, Duration.ZERO);
    }

    @Test
    void theTimestampIsWholeSecondsAndNotInTheFuture() {
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), delivery(NOON, null).getScoreTimestamp());
    }

    @Test
    void twoScoresInTheSameSecondGetDifferentSecondsAsMoodleDemands() {
        ScoreDelivery first = delivery(NOON, null);
        ScoreDelivery second = delivery(NOON.plusMillis(200), first.getScoreTimestamp());

        assertEquals(first.getScoreTimestamp().plusSeconds(1), second.getScoreTimestamp());
        assertEquals(second.getScoreTimestamp(), second.getNextAttemptAt(), "not sent before its timestamp has come");
    }

    @Test
    void aStaleTimestampIsMovedLaterOnRetry() {
        ScoreDelivery delivery = delivery(NOON, null);
        Instant before = delivery.getScoreTimestamp();

        delivery.retryAfter(Duration.ZERO, "HTTP 409", true, NOON.plusMillis(100));

        assertTrue(delivery.getScoreTimestamp().isAfter(before));
        assertEquals(1, delivery.getAttempts());
    }

    @Test
    void anUnsentScoreAbsorbsANewerOneButASentOneDoesNot() {
        ScoreDelivery waiting = delivery(NOON, null);
        assertTrue(waiting.absorb(80, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, NOON, Duration.ZERO));
        assertEquals(80, waiting.toScore().given());

        waiting.delivered(NOON);
        assertFalse(waiting.absorb(90, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, NOON, Duration.ZERO));
        assertEquals(DeliveryStatus.SENT, waiting.getStatus());
    }

    @Test
    void aScoreInProgressWaitsForTheNextOneAndAFinalOneGoesAtOnce() {
        ScoreDelivery waiting = new ScoreDelivery(1, UUID.randomUUID(), UUID.randomUUID(), "student-1", 10, 100,
                Score.ActivityProgress.InProgress, Score.GradingProgress.FullyGraded, NOON, null, ScoreDelivery.SETTLE_IN_PROGRESS);
        assertEquals(NOON.plus(ScoreDelivery.SETTLE_IN_PROGRESS), waiting.getNextAttemptAt());

        waiting.absorb(70, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, NOON.plusSeconds(5), Duration.ZERO);

        assertEquals(NOON.plusSeconds(5), waiting.getNextAttemptAt());
        assertEquals(Instant.parse("2026-11-21T12:00:05Z"), waiting.getScoreTimestamp());
        assertEquals(70, waiting.toScore().given());
    }

    @Test
    void aLeasedScoreIsNotChangedWhileAWorkerSendsIt() {
        ScoreDelivery leased = delivery(NOON, null);
        leased.lease(UUID.randomUUID(), NOON.plusSeconds(60));

        assertFalse(leased.absorb(80, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, NOON, Duration.ZERO));
    }

    @Test
    void aFailedScoreCanBeRetriedByTheTeacherWithALaterTimestamp() {
        ScoreDelivery failed = delivery(NOON, null);
        failed.failed("HTTP 422 NOT_A_STUDENT", NOON);

        failed.retryNow(NOON.plusSeconds(30));

        assertEquals(DeliveryStatus.PENDING, failed.getStatus());
        assertEquals(Instant.parse("2026-11-21T12:00:30Z"), failed.getScoreTimestamp());
    }

    @Test
    void onlyTheWorkerHoldingTheLeaseMaySettleIt() {
        ScoreDelivery delivery = delivery(NOON, null);
        UUID mine = UUID.randomUUID();
        delivery.lease(mine, NOON.plusSeconds(60));

        assertTrue(delivery.isLeasedBy(mine));
        assertFalse(delivery.isLeasedBy(UUID.randomUUID()));
        assertFalse(delivery.isLeasedBy(null));
        assertFalse(delivery.absorb(90, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded,
                NOON.plusSeconds(1), Duration.ZERO), "a row on its way takes no newer score: that gets its own row");
    }

    @Test
    void aNewerScoreFoldedInAfterALeaseRanOutVoidsThatLease() {
        ScoreDelivery delivery = delivery(NOON, null);
        UUID slowWorker = UUID.randomUUID();
        delivery.lease(slowWorker, NOON.plusSeconds(60));

        assertTrue(delivery.absorb(90, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded,
                NOON.plusSeconds(61), Duration.ZERO));

        assertFalse(delivery.isLeasedBy(slowWorker), "the slow worker's answer was for the older value");
        assertEquals(90, delivery.toScore().given());
        assertEquals(DeliveryStatus.PENDING, delivery.getStatus());
    }

    @Test
    void aParkedScoreIsNotPickedAgainUntilATeacherSendsItAgain() {
        ScoreDelivery delivery = delivery(NOON, null);
        UUID worker = UUID.randomUUID();
        delivery.lease(worker, NOON.plusSeconds(60));

        delivery.park("NO_GRADEBOOK_COLUMN", NOON.plusSeconds(1));

        assertEquals(DeliveryStatus.PARKED, delivery.getStatus());
        assertTrue(delivery.isParked());
        assertEquals("NO_GRADEBOOK_COLUMN", delivery.getLastReason());
        assertFalse(delivery.isLeasedBy(worker));
        assertFalse(delivery.absorb(90, 100, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded,
                NOON.plusSeconds(2), Duration.ZERO));

        delivery.retryNow(NOON.plusSeconds(30));
        assertEquals(DeliveryStatus.PENDING, delivery.getStatus());
        assertEquals(Instant.parse("2026-11-21T12:00:30Z"), delivery.getNextAttemptAt());
    }
}
