package dk.laerepladsklar.gradebook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import dk.laerepladsklar.lti.api.Score;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreMappingTest {

    private static ProgressRecorded progress(ProgressState state, Double score) {
        return new ProgressRecorded(UUID.randomUUID(), "student-1", state, 0.4, score, 100, Instant.now());
    }

    @Test
    void halfDoneGoesAsNotYetGradedSoMoodleShowsADashNotALowNumber() {
        ScoreMapping.GradebookScore score = ScoreMapping.of(progress(ProgressState.IN_PROGRESS, 30.0)).orElseThrow();
        assertEquals(Score.GradingProgress.Pending, score.grading());
        assertEquals(Score.ActivityProgress.InProgress, score.activity());
        assertEquals(30.0, score.given(), "the partial value goes along, as AGS allows for Pending");
    }

    @Test
    void withShowPointsAsTheyGrowAPartialScoreIsAGrade() {
        ScoreMapping.GradebookScore score = ScoreMapping.of(progress(ProgressState.IN_PROGRESS, 30.0), true).orElseThrow();
        assertEquals(Score.GradingProgress.FullyGraded, score.grading());
        assertEquals(Score.ActivityProgress.InProgress, score.activity());
    }

    @Test
    void aCompletedScoreIsFullyGradedInBothModes() {
        for (boolean growing : new boolean[] {false, true}) {
            ScoreMapping.GradebookScore score = ScoreMapping.of(progress(ProgressState.COMPLETED, 70.0), growing).orElseThrow();
            assertEquals(Score.GradingProgress.FullyGraded, score.grading());
            assertEquals(Score.ActivityProgress.Completed, score.activity());
            assertEquals(70.0, score.given());
        }
    }

    @Test
    void workForATeacherWaitsForTheTeacherAndNothingIsSentBeforeAScoreExists() {
        assertEquals(Score.GradingProgress.PendingManual,
                ScoreMapping.of(progress(ProgressState.AWAITING_REVIEW, null), true).orElseThrow().grading());
        assertTrue(ScoreMapping.of(progress(ProgressState.IN_PROGRESS, null)).isEmpty());
        assertTrue(ScoreMapping.of(progress(ProgressState.NOT_STARTED, null), true).isEmpty());
    }
}
