package dk.laerepladsklar.lti.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A score for one user in one gradebook column (LTI AGS score publish service).
 *
 * @param userSubject the platform's {@code sub} for the student
 * @param timestamp   when the score was produced; platforms refuse one that is not later than the last
 */
public record Score(String userSubject, double given, double maximum, ActivityProgress activityProgress,
                    GradingProgress gradingProgress, Instant timestamp, String comment) {

    public enum ActivityProgress { Initialized, Started, InProgress, Submitted, Completed }

    /** Anything but {@code FullyGraded} makes Moodle clear the grade. */
    public enum GradingProgress { FullyGraded, Pending, PendingManual, Failed, NotReady }

    public Score {
        if (userSubject == null || userSubject.isBlank()) {
            throw new IllegalArgumentException("A score needs a user");
        }
        if (maximum <= 0 || given < 0 || given > maximum) {
            throw new IllegalArgumentException("A score must lie between 0 and a positive maximum");
        }
        Objects.requireNonNull(activityProgress, "activity progress");
        Objects.requireNonNull(gradingProgress, "grading progress");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
