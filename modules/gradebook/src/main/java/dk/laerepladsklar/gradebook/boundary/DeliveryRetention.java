package dk.laerepladsklar.gradebook.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Scores the gradebook has taken are kept for {@link #retention()} (90 days unless {@code LPK_SCORE_RETENTION_DAYS}
 * says otherwise), then deleted: the LMS holds the grade, and the tool needs the row only to show the teacher that it
 * arrived. Every minute, on every node, in batches of its own transaction, so a large backlog never holds long
 * locks; deleting the same rows on two nodes is harmless. Failed and waiting scores stay: a teacher still acts on them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);
    static final int BATCH = 500;
    static final int MAX_BATCHES_PER_ROUND = 20;

    @Inject
    Deliveries deliveries;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "score delivery retention")
    void prune() {
        try {
            int deleted = pruneSentBefore(Instant.now().minus(retention()));
            if (deleted > 0) {
                LOG.infof("Gradebook outbox: %d sent score(s) older than %d days deleted", deleted, retention().toDays());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Gradebook outbox: retention round stopped: %s", e.toString());
        }
    }

    /** Deletes sent scores older than {@code cutoff}, batch by batch, at most {@link #MAX_BATCHES_PER_ROUND} batches. */
    int pruneSentBefore(Instant cutoff) {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            int deleted = deliveries.pruneSent(cutoff, BATCH);
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return total;
    }

    /** {@code LPK_SCORE_RETENTION_DAYS} or {@code -Dlpk.score-retention-days}, at least 1; 90 when unset or unreadable. */
    static Duration retention() {
        String value = System.getProperty("lpk.score-retention-days", System.getenv("LPK_SCORE_RETENTION_DAYS"));
        try {
            return Duration.ofDays(value == null || value.isBlank() ? 90 : Math.max(1, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofDays(90);
        }
    }
}
