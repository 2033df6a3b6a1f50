package dk.laerepladsklar.gradebook.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * How many scores wait in the outbox and how long the oldest has waited, read from the database when metrics are
 * scraped: the outbox is shared by every node, so only the database knows. One query serves both figures, and an
 * answer is reused for {@link #FRESH} so a scrape that reads both (or two scrapers at once) costs one query.
 */
public final class OutboxBacklog {

    static final Duration FRESH = Duration.ofSeconds(1);
    static final String QUERY = "select count(*), min(created_at) from score_delivery where status = 'PENDING'";

    /** Pending scores, and the oldest one's first write (null when none waits). */
    public record Snapshot(long pending, Instant oldest) {
    }

    /** Reads a snapshot; the database's part, replaceable in tests. */
    @FunctionalInterface
    public interface Reader {
        Snapshot read() throws SQLException;
    }

    private final Reader reader;
    private final Clock clock;
    private Snapshot last;
    private Instant readAt = Instant.MIN;

    public OutboxBacklog(Reader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The reader for the application's datasource. */
    public static Reader from(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setQueryTimeout(5);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    Timestamp oldest = rows.getTimestamp(2);
                    return new Snapshot(rows.getLong(1), oldest == null ? null : oldest.toInstant());
                }
            }
        };
    }

    /** Scores waiting to be sent; NaN when the database cannot be read (the scrape shows the gap). */
    public double pending() {
        Snapshot snapshot = snapshot();
        return snapshot == null ? Double.NaN : snapshot.pending();
    }

    /** Seconds the oldest waiting score has waited; 0 when none waits, NaN when the database cannot be read. */
    public double oldestAgeSeconds() {
        Snapshot snapshot = snapshot();
        if (snapshot == null) {
            return Double.NaN;
        }
        if (snapshot.oldest() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(snapshot.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    private synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(FRESH))) {
            try {
                last = reader.read();
            } catch (SQLException | RuntimeException e) {
                last = null;
            }
            readAt = now;
        }
        return last;
    }
}
