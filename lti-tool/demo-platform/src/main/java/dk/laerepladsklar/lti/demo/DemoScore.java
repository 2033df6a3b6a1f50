package dk.laerepladsklar.lti.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * A score as a tool posts it to {@code <lineitem>/scores} ({@code application/vnd.ims.lis.v1.score+json}).
 *
 * @param scoreGiven   null when the tool sends no points (the grade is then cleared)
 * @param scoreMaximum the scale of {@code scoreGiven} (1 when the tool sends none, as in Moodle), which the LMS
 *                     rescales to the column's maximum
 */
public record DemoScore(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
                        String gradingProgress, Instant timestamp, String comment) {

    static final Set<String> ACTIVITY_PROGRESS = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    static final Set<String> GRADING_PROGRESS = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    /** Reads a score, refusing what Moodle refuses with a 400 (the message says what was wrong). */
    static DemoScore read(Map<String, Object> json) {
        String userId = text(json, "userId");
        if (userId == null) {
            throw new IllegalArgumentException("userId is missing");
        }
        String activity = text(json, "activityProgress");
        if (activity == null || !ACTIVITY_PROGRESS.contains(activity)) {
            throw new IllegalArgumentException("activityProgress is missing or unknown");
        }
        String grading = text(json, "gradingProgress");
        if (grading == null || !GRADING_PROGRESS.contains(grading)) {
            throw new IllegalArgumentException("gradingProgress is missing or unknown");
        }
        String stamp = text(json, "timestamp");
        if (stamp == null) {
            throw new IllegalArgumentException("timestamp is missing");
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(stamp).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is not ISO 8601 with an offset");
        }
        Double given = number(json, "scoreGiven");
        Double maximum = number(json, "scoreMaximum");
        if (maximum == null) {
            maximum = 1.0; // as Moodle: a score without a maximum is out of 1
        }
        if (maximum <= 0) {
            throw new IllegalArgumentException("scoreMaximum must be positive");
        }
        if (given != null && given < 0) {
            throw new IllegalArgumentException("scoreGiven is negative");
        }
        return new DemoScore(userId, given, maximum, activity, grading, timestamp, text(json, "comment"));
    }

    private static String text(Map<String, Object> json, String name) {
        return json.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static Double number(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException(name + " is not a number");
        }
        return n.doubleValue();
    }
}
