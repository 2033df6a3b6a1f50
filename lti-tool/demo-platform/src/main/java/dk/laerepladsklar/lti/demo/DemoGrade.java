package dk.laerepladsklar.lti.demo;

import java.time.Instant;

/**
 * What the gradebook holds for one user in one column after the last accepted score.
 *
 * @param value     the grade on the column's scale, or null when cleared (no grade)
 * @param timestamp the accepted score's timestamp; a later score must be at least one second later
 */
public record DemoGrade(String userId, Double value, Instant timestamp, String activityProgress,
                        String gradingProgress, String comment) {
}
