package dk.laerepladsklar.media.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an assessed file is deleted, and how a school's changed setting moves that date. A longer setting moves it
 * later at once. A shorter one moves it earlier, but never to before the next day's round ({@link #GRACE} after the
 * change), so a slip of the administrator's finger can be undone before anything is gone; and it never makes a date
 * later than it was. A file not yet assessed has no date and is never touched.
 */
public final class RetentionDates {

    /** The least time between a shortening change and the first deletion it causes. */
    public static final Duration GRACE = Duration.ofDays(1);

    private RetentionDates() {
    }

    public static Instant due(Instant assessedAt, int days) {
        return Objects.requireNonNull(assessedAt, "assessed at").plus(Duration.ofDays(days));
    }

    /**
     * The new date of a file assessed at {@code assessedAt} whose date was {@code current}, after the school changed
     * its setting to {@code days} at {@code changedAt}.
     */
    public static Instant rescheduled(Instant assessedAt, Instant current, int days, Instant changedAt) {
        Instant wanted = due(assessedAt, days);
        if (current == null) {
            return wanted.isBefore(changedAt.plus(GRACE)) ? changedAt.plus(GRACE) : wanted;
        }
        Instant earliest = changedAt.plus(GRACE);
        Instant floor = current.isBefore(earliest) ? current : earliest;
        return wanted.isAfter(floor) ? wanted : floor;
    }
}
