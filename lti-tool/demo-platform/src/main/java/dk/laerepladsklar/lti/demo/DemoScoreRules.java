package dk.laerepladsklar.lti.demo;

import java.time.Instant;

/**
 * How Moodle 4.5 takes a score: a timestamp in the future is refused (400, with 2 s of clock skew allowed),
 * one that is not strictly later than the stored one at one-second resolution gets 409, the points are
 * rescaled to the column's maximum, and any grading progress other than {@code FullyGraded} clears the grade.
 */
public final class DemoScoreRules {

    static final long ALLOWED_SKEW_MILLIS = 2_000;

    /** The answer to a score: the HTTP status, and the grade to store when it was accepted. */
    public record Decision(int status, DemoGrade grade, String reason) {
        public boolean accepted() {
            return status == 200;
        }
    }

    private DemoScoreRules() {
    }

    public static Decision decide(DemoGrade stored, DemoScore score, double columnMaximum, Instant now) {
        if (score.timestamp().toEpochMilli() > now.toEpochMilli() + ALLOWED_SKEW_MILLIS) {
            return new Decision(400, null, "timestamp_in_future");
        }
        if (stored != null && score.timestamp().getEpochSecond() <= stored.timestamp().getEpochSecond()) {
            return new Decision(409, null, "timestamp_not_later");
        }
        return new Decision(200, new DemoGrade(score.userId(), grade(score, columnMaximum), score.timestamp(),
                score.activityProgress(), score.gradingProgress(), score.comment()), null);
    }

    /** The grade on the column's scale, or null when the score clears it. */
    static Double grade(DemoScore score, double columnMaximum) {
        if (!"FullyGraded".equals(score.gradingProgress()) || score.scoreGiven() == null) {
            return null;
        }
        return rescale(score.scoreGiven(), score.scoreMaximum(), columnMaximum);
    }

    static double rescale(double given, double maximum, double columnMaximum) {
        double value = given / maximum * columnMaximum;
        return Math.round(value * 100_000d) / 100_000d;
    }
}
