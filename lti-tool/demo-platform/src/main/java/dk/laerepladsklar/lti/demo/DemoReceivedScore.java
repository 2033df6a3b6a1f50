package dk.laerepladsklar.lti.demo;

import java.time.Instant;

/**
 * One score as it reached the LMS, kept in arrival order whatever the answer was, so tests can check that
 * every score arrived exactly once and in order.
 *
 * @param sequence   the arrival number across the whole demo LMS
 * @param status     the HTTP status the LMS answered
 * @param reason     why it was refused, or null
 */
public record DemoReceivedScore(long sequence, String courseId, int lineItem, DemoScore score, Instant receivedAt,
                                int status, String reason) {
}
