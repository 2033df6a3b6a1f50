package dk.laerepladsklar.kernel.activity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes placements that stayed provisional for {@link Placement#PROVISIONAL_FOR} (30 days): picked in Deep
 * Linking, but no launch of their link ever came, so the LMS most likely never kept them (a cancelled dialog). A
 * link the LMS did keep still works after that: its first launch makes a new placement from the link's
 * {@code activity} parameter.
 *
 * <p>Once a minute, on every node, at most {@link #PER_RUN} placements per run (one short transaction), so a large
 * backlog is worked off over a few minutes without long locks; two nodes deleting the same rows is harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlacementCleanup {

    private static final Logger LOG = Logger.getLogger(PlacementCleanup.class);
    /** The most provisional placements one run deletes. */
    public static final int PER_RUN = 200;

    @Inject
    Placements placements;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false, info = "provisional placement cleanup")
    void run() {
        try {
            int deleted = removeUnused(Instant.now());
            if (deleted > 0) {
                LOG.infof("Placements: %d provisional placement(s) never launched in %d days deleted", deleted,
                        Placement.PROVISIONAL_FOR.toDays());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Placements: cleanup round stopped: %s", e.toString());
        }
    }

    /** Deletes up to {@link #PER_RUN} placements made before {@code now} minus 30 days and never launched. */
    int removeUnused(Instant now) {
        return placements.removeProvisional(now.minus(Placement.PROVISIONAL_FOR), PER_RUN);
    }
}
