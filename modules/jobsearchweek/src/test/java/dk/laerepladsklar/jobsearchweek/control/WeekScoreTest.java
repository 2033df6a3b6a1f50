package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.jobsearchweek.control.WeekScore.Item;
import dk.laerepladsklar.jobsearchweek.control.WeekScore.Result;
import dk.laerepladsklar.kernel.activity.ProgressState;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The week's share done, score and state from its activities: each activity weighs the same. */
class WeekScoreTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private static Item part(ProgressState state, Double score, double maximum) {
        return Item.part(UUID.randomUUID(), "Del", MONDAY, state, score, maximum);
    }

    private static Item task(boolean ticked) {
        return Item.task(UUID.randomUUID(), "Opgave", MONDAY, ticked);
    }

    @Test
    void nothingReportedIsNotStartedWithoutAScore() {
        Result result = WeekScore.of(List.of(part(null, null, 100), part(ProgressState.NOT_STARTED, null, 12), task(false)), 100);
        assertEquals(ProgressState.NOT_STARTED, result.state());
        assertNull(result.score(), "nothing for the gradebook before anything is done");
        assertEquals(0, result.done());
        assertEquals(3, result.total());
        assertEquals(0.0, result.fractionDone());
    }

    @Test
    void anEmptyWeekIsNotStarted() {
        Result result = WeekScore.of(List.of(), 100);
        assertEquals(ProgressState.NOT_STARTED, result.state());
        assertEquals(0, result.total());
        assertNull(result.score());
    }

    @Test
    void eachActivityWeighsTheSameWhateverItsMaximum() {
        // a module with 100 points full, a role-play assessed 9 of 12, a ticked task, a module not begun
        Result result = WeekScore.of(List.of(part(ProgressState.COMPLETED, 100.0, 100),
                part(ProgressState.COMPLETED, 9.0, 12), task(true), part(null, null, 100)), 100);
        assertEquals(ProgressState.IN_PROGRESS, result.state());
        assertEquals(3, result.done());
        assertEquals(4, result.total());
        assertEquals(0.75, result.fractionDone(), 1e-9);
        // 100 × (1 + 0.75 + 1 + 0) / 4 = 68.75
        assertEquals(68.75, result.score(), 1e-9);
        assertEquals(75, result.percentDone());
    }

    @Test
    void theScoreIsRoundedToTwoDecimalsAndScaledToTheWeeksMaximum() {
        // 2 of 13 activities with full points: 100 × 2 / 13 = 15.3846…
        List<Item> items = new java.util.ArrayList<>();
        items.add(part(ProgressState.COMPLETED, 100.0, 100));
        items.add(part(ProgressState.COMPLETED, 12.0, 12));
        for (int i = 0; i < 11; i++) {
            items.add(i % 2 == 0 ? task(false) : part(null, null, 100));
        }
        assertEquals(15.38, WeekScore.of(items, 100).score(), 1e-9);
        assertEquals(3.08, WeekScore.of(items, 20).score(), 1e-9, "a week placed with 20 points");
    }

    @Test
    void partialPointsOfAPartStillInProgressCount() {
        Result result = WeekScore.of(List.of(part(ProgressState.IN_PROGRESS, 40.0, 100), task(false)), 100);
        assertEquals(ProgressState.IN_PROGRESS, result.state());
        assertEquals(0, result.done(), "in progress is not done");
        assertEquals(20.0, result.score(), 1e-9);
    }

    @Test
    void aCompletedPartWithoutAScoreCountsAsFullAsTheGradebookReadsIt() {
        Result result = WeekScore.of(List.of(part(ProgressState.COMPLETED, null, 100), task(true)), 10);
        assertEquals(ProgressState.COMPLETED, result.state());
        assertEquals(10.0, result.score(), 1e-9);
        assertEquals(1.0, result.fractionDone());
    }

    @Test
    void handedInCountsAsDoneButTheWeekWaitsForTheTeachersPoints() {
        Result result = WeekScore.of(List.of(part(ProgressState.AWAITING_REVIEW, null, 12),
                part(ProgressState.COMPLETED, 100.0, 100), task(true)), 100);
        assertEquals(3, result.done(), "a role-play sent to the teacher is done for the student");
        assertEquals(1.0, result.fractionDone());
        assertEquals(ProgressState.AWAITING_REVIEW, result.state(), "the only missing points wait for a teacher");
        assertEquals(66.67, result.score(), 1e-9);
    }

    @Test
    void somethingLeftToDoBeatsWaitingForTheTeacher() {
        Result result = WeekScore.of(List.of(part(ProgressState.AWAITING_REVIEW, null, 12), task(false)), 100);
        assertEquals(ProgressState.IN_PROGRESS, result.state());
        assertEquals(0.0, result.score(), 1e-9, "handed in, no points yet: a score of 0 so far");
    }

    @Test
    void everythingDoneAndScoredIsCompletedWithTheSumOfItsPoints() {
        Result result = WeekScore.of(List.of(part(ProgressState.COMPLETED, 50.0, 100), task(true)), 100);
        assertEquals(ProgressState.COMPLETED, result.state());
        assertEquals(75.0, result.score(), 1e-9, "complete is not full marks");
    }

    @Test
    void aTickAloneStartsTheWeek() {
        Result result = WeekScore.of(List.of(task(true), task(false), part(null, null, 100)), 100);
        assertEquals(ProgressState.IN_PROGRESS, result.state());
        assertEquals(33.33, result.score(), 1e-9);
    }

    @Test
    void pointsStayWithinTheActivitysShareAndTheWeeksMaximum() {
        Item odd = part(ProgressState.COMPLETED, 100.0, 100);
        assertEquals(1.0, odd.points());
        // a whole week done at full marks never exceeds its maximum through rounding
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(part(ProgressState.COMPLETED, 1.0 / 3, 1.0 / 3));
        }
        Result result = WeekScore.of(items, 100);
        assertTrue(result.score() <= 100.0);
        assertEquals(100.0, result.score(), 1e-9);
    }

    @Test
    void anItemTellsOverdueFromDue() {
        Item open = task(false);
        assertFalse(open.isOverdue(MONDAY), "due today is not late");
        assertTrue(open.isOverdue(MONDAY.plusDays(1)));
        assertFalse(task(true).isOverdue(MONDAY.plusDays(3)), "done late is done");
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> part(null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> WeekScore.of(List.of(), 0));
    }
}
