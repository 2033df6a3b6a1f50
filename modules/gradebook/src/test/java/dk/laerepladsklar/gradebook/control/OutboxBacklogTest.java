package dk.laerepladsklar.gradebook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private final Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void depthAndAgeOfTheOldestPendingScoreComeFromOneRead() {
        OutboxBacklog backlog = new OutboxBacklog(() -> {
            reads.incrementAndGet();
            return new OutboxBacklog.Snapshot(3, now.minusSeconds(95));
        }, Clock.fixed(now, ZoneOffset.UTC));
        assertEquals(3.0, backlog.pending());
        assertEquals(95.0, backlog.oldestAgeSeconds());
        assertEquals(1, reads.get(), "a scrape reading both figures costs one query");
    }

    @Test
    void anEmptyOutboxHasNoAge() {
        OutboxBacklog backlog = new OutboxBacklog(() -> new OutboxBacklog.Snapshot(0, null), Clock.fixed(now, ZoneOffset.UTC));
        assertEquals(0.0, backlog.pending());
        assertEquals(0.0, backlog.oldestAgeSeconds());
    }

    @Test
    void aSecondLaterTheDatabaseIsReadAgain() {
        MutableClock clock = new MutableClock(now);
        OutboxBacklog backlog = new OutboxBacklog(() -> new OutboxBacklog.Snapshot(reads.incrementAndGet(), null), clock);
        assertEquals(1.0, backlog.pending());
        clock.at = now.plusMillis(999);
        assertEquals(1.0, backlog.pending());
        clock.at = now.plus(OutboxBacklog.FRESH);
        assertEquals(2.0, backlog.pending());
    }

    @Test
    void anUnreadableDatabaseShowsAsAGapNotAsZero() {
        OutboxBacklog backlog = new OutboxBacklog(() -> {
            throw new SQLException("connection refused");
        }, Clock.fixed(now, ZoneOffset.UTC));
        assertTrue(Double.isNaN(backlog.pending()));
        assertTrue(Double.isNaN(backlog.oldestAgeSeconds()));
    }

    private static final class MutableClock extends Clock {
        Instant at;

        MutableClock(Instant at) {
            this.at = at;
        }

        @Override
        public Instant instant() {
            return at;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
