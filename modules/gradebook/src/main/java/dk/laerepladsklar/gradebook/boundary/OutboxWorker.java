package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Gradebook;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.LineItemSpec;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends what is due in the outbox, oldest first, twice a second. Each batch is leased in the database, so
 * several nodes of a cluster can run this side by side without sending a score twice.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final int BATCH = 100;
    private static final long MAX_DRAIN_MILLIS = 20_000;
    /** How long the other scores for a platform wait after it failed one. */
    private static final java.time.Duration PLATFORM_REST = java.time.Duration.ofSeconds(2);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Deliveries deliveries;
    @Inject
    Gradebook gradebook;

    private final AtomicBoolean draining = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::drainSafely, 2_000, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void drainSafely() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warnf("Gradebook outbox: a drain stopped early: %s", e.toString());
        } finally {
            draining.set(false);
        }
    }

    /** Sends due deliveries until none are due (or for at most 20 s, then the next round goes on). */
    int drain() {
        long deadline = System.currentTimeMillis() + MAX_DRAIN_MILLIS;
        int sent = 0;
        java.util.Set<java.util.UUID> troubled = new java.util.HashSet<>();
        while (System.currentTimeMillis() < deadline) {
            List<Deliveries.Due> batch = deliveries.claim(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<java.util.UUID> postponed = new java.util.ArrayList<>();
            for (Deliveries.Due due : batch) {
                if (troubled.contains(due.platformId())) {
                    postponed.add(due.id());
                    continue;
                }
                if (!send(due)) {
                    troubled.add(due.platformId());
                }
                sent++;
            }
            // A platform that is down is asked once per round, not once per waiting score.
            deliveries.postpone(postponed, java.time.Instant.now().plus(PLATFORM_REST));
        }
        return sent;
    }

    /** @return false when the platform could not be reached or asked to wait */
    private boolean send(Deliveries.Due due) {
        Optional<Placement> placement = deliveries.placement(due.placementId());
        if (placement.isEmpty()) {
            deliveries.settle(due.id(), new Delivery(Delivery.Outcome.PERMANENT_FAILURE, 0, "PLACEMENT_GONE"));
            return true;
        }
        Optional<String> column = column(placement.get());
        if (column.isEmpty()) {
            deliveries.waitForColumn(due.id(), "NO_GRADEBOOK_COLUMN");
            return true;
        }
        Delivery delivery = gradebook.publish(new LineItemRef(placement.get().getPlatform(), column.get()), due.score());
        if (!delivery.delivered()) {
            LOG.debugf("Gradebook outbox: %s for %s (%s)", delivery.outcome(), due.id(), delivery.reason());
        }
        deliveries.settle(due.id(), delivery);
        return delivery.outcome() != Delivery.Outcome.RETRY;
    }

    /** The placement's column; created through the line items service when the launch named none. */
    private Optional<String> column(Placement placement) {
        if (placement.getLineItemUrl() != null) {
            return Optional.of(placement.getLineItemUrl());
        }
        if (placement.getLineItemsUrl() == null) {
            return Optional.empty();
        }
        Optional<LineItemRef> created = gradebook.createLineItem(placement.getPlatform(), placement.getLineItemsUrl(),
                new LineItemSpec(placement.getScoreMaximum(), placement.getTitle(), placement.getActivity().toString(), "progress"),
                placement.getResourceLinkId());
        created.ifPresent(ref -> deliveries.rememberColumn(placement.getId(), ref.url()));
        return created.map(LineItemRef::url);
    }
}
