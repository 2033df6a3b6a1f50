package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoScoreRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00.500Z");

    private static DemoScore score(double given, double max, String grading, Instant timestamp) {
        return new DemoScore("student-ali", given, max, "Completed", grading, timestamp, null);
    }

    private static DemoGrade stored(Instant timestamp) {
        return new DemoGrade("student-ali", 50.0, timestamp, "Completed", "FullyGraded", null);
    }

    @Test
    void rescalesToTheColumnMaximum() {
        DemoScoreRules.Decision decision = DemoScoreRules.decide(null, score(7.5, 10, "FullyGraded", NOW), 100, NOW);

        assertTrue(decision.accepted());
        assertEquals(75.0, decision.grade().value());
        assertEquals(NOW, decision.grade().timestamp());
    }

    @Test
    void rescalingKeepsFiveDecimals() {
        assertEquals(33.33333, DemoScoreRules.rescale(1, 3, 100));
        assertEquals(2.5, DemoScoreRules.rescale(25, 100, 10));
    }

    @Test
    void anyGradingProgressButFullyGradedClearsTheGrade() {
        for (String progress : new String[] {"Pending", "PendingManual", "Failed", "NotReady"}) {
            DemoScoreRules.Decision decision = DemoScoreRules.decide(stored(NOW.minusSeconds(10)),
                    score(7.5, 10, progress, NOW), 100, NOW);
            assertTrue(decision.accepted(), progress);
            assertNull(decision.grade().value(), progress);
        }
    }

    @Test
    void aScoreWithoutPointsClearsTheGrade() {
        DemoScore noPoints = new DemoScore("student-ali", null, 1.0, "Started", "FullyGraded", NOW, null);

        assertNull(DemoScoreRules.decide(null, noPoints, 100, NOW).grade().value());
    }

    @Test
    void theSameSecondIsAConflictEvenWithLaterMilliseconds() {
        Instant first = Instant.parse("2026-03-02T09:59:50.100Z");
        Instant sameSecond = Instant.parse("2026-03-02T09:59:50.900Z");

        DemoScoreRules.Decision decision = DemoScoreRules.decide(stored(first), score(8, 10, "FullyGraded", sameSecond), 100, NOW);

        assertEquals(409, decision.status());
        assertFalse(decision.accepted());
        assertNull(decision.grade());
    }

    @Test
    void anEarlierTimestampIsAConflict() {
        assertEquals(409, DemoScoreRules.decide(stored(NOW.minusSeconds(5)),
                score(8, 10, "FullyGraded", NOW.minusSeconds(6)), 100, NOW).status());
    }

    @Test
    void theNextSecondIsAccepted() {
        Instant first = Instant.parse("2026-03-02T09:59:50.900Z");
        Instant next = Instant.parse("2026-03-02T09:59:51.000Z");

        assertEquals(200, DemoScoreRules.decide(stored(first), score(8, 10, "FullyGraded", next), 100, NOW).status());
    }

    @Test
    void aTimestampInTheFutureIsRefusedBeyondTwoSecondsOfSkew() {
        assertEquals(200, DemoScoreRules.decide(null, score(1, 1, "FullyGraded", NOW.plusMillis(2000)), 1, NOW).status());
        DemoScoreRules.Decision future = DemoScoreRules.decide(null, score(1, 1, "FullyGraded", NOW.plusMillis(2001)), 1, NOW);
        assertEquals(400, future.status());
        assertEquals("timestamp_in_future", future.reason());
    }
}
