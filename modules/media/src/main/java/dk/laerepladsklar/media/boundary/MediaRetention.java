package dk.laerepladsklar.media.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes files whose retention date has passed (rows, then their bytes), once a day at 03:17 on every node, at most
 * {@link #MAX_PER_ROUND} a round so a large backlog is worked off over some nights without long transactions; each file
 * is deleted in its own transaction, and two nodes deleting the same file is harmless. The same round removes uploads
 * nobody finished (after a day) and half-written files a stopped node left. {@code -Dlpk.media-retention-every=<seconds>}
 * runs it at that interval instead (the tests use it).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MediaRetention {

    static final int MAX_PER_ROUND = 1000;
    private static final Logger LOG = Logger.getLogger(MediaRetention.class);

    @Resource
    TimerService timers;
    @Inject
    Media media;
    @Inject
    Uploads uploads;

    @PostConstruct
    void schedule() {
        String every = System.getProperty("lpk.media-retention-every");
        TimerConfig config = new TimerConfig("media retention", false);
        if (every != null && every.strip().matches("\\d{1,6}") && Long.parseLong(every.strip()) > 0) {
            long millis = Long.parseLong(every.strip()) * 1000;
            timers.createIntervalTimer(millis, millis, config);
        } else {
            timers.createCalendarTimer(new ScheduleExpression().hour(3).minute(17), config);
        }
    }

    @Timeout
    void round() {
        try {
            int deleted = deleteExpired(Instant.now());
            if (deleted > 0) {
                LOG.infof("Media retention: %d file(s) past their retention date deleted", deleted);
            }
            uploads.cleanup();
            int swept = media.directory().sweepIncoming(Instant.now().minus(Duration.ofDays(1)));
            if (swept > 0) {
                LOG.infof("Media retention: %d half-written file(s) removed", swept);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Media retention: round stopped: %s", e.toString());
        }
    }

    /** Deletes up to {@link #MAX_PER_ROUND} items whose date is before {@code now}; how many. */
    int deleteExpired(Instant now) {
        List<UUID> due = media.expired(now, MAX_PER_ROUND);
        int deleted = 0;
        for (UUID id : due) {
            if (media.delete(id)) {
                deleted++;
            }
        }
        return deleted;
    }
}
