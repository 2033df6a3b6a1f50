package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.control.DrainLoop;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Gradebook;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * Sends what is due in the outbox, oldest first: woken when a score is committed ({@link ScoreDue}), at the earliest
 * due time the last drain saw (a retry, a settling score, a lease running out), and otherwise every 15 seconds
 * ({@link DrainLoop}), so an idle node does no work twice a second. Each batch is leased in the database with a token,
 * each row's lease is renewed just before it is sent and only the lease holder records the outcome, so several
 * workers, on one node or many, can run side by side without sending a score twice or marking a newer one as sent.
 * <p>
 * {@code -Dlpk.outbox.workers=N} (or {@code LPK_OUTBOX_WORKERS}) runs N drain loops on this node, 1 unless set; the
 * tests run two, as two nodes would.
 * <p>
 * On undeploy or shutdown the loops stop claiming: the rows of a batch not yet sent are handed back at once (another
 * node takes them), the send in flight finishes and its outcome is recorded; one still running after
 * {@link #STOP_WAIT} keeps its lease until it runs out, and then another worker takes the row. While the server is
 * suspended (SIGTERM, {@code :suspend}) WildFly runs no managed task, so no drain starts and nothing is claimed; a
 * drain already running counts as a request in flight, which the suspension waits for.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final int BATCH = 100;
    private static final long MAX_DRAIN_MILLIS = 20_000;
    /** How long the other scores for a platform wait after it failed one. */
    private static final Duration PLATFORM_REST = Duration.ofSeconds(2);
    /** Failed attempts to make a column (about half an hour of backoff) before a score is parked. */
    static final int COLUMN_ATTEMPTS = 10;
    /** How long undeploy waits for a send in flight: longer than a token request and a score call (15 s each). */
    static final Duration STOP_WAIT = Duration.ofSeconds(35);

    /** Symbolic reasons a score is parked or waits; the teacher's page explains each one. */
    static final String PLACEMENT_GONE = "PLACEMENT_GONE";
    static final String NO_SCORE_SCOPE = "NO_SCORE_SCOPE";
    static final String NO_GRADEBOOK_COLUMN = "NO_GRADEBOOK_COLUMN";
    static final String COLUMN_NOT_CREATED = "COLUMN_NOT_CREATED";
    /** A part's scores that waited while the teacher took its own column away: they have nowhere to go now. */
    static final String PART_WITHOUT_COLUMN = "PART_WITHOUT_COLUMN";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Deliveries deliveries;
    @Inject
    Gradebook gradebook;

    private final List<DrainLoop> loops = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        Instant now = Instant.now();
        for (int i = 0; i < workers(); i++) {
            DrainLoop loop = new DrainLoop(scheduler, this::drainAndLookAhead, Clock.systemUTC(), DrainLoop.FALLBACK);
            loops.add(loop);
            loop.wakeAt(now.plusMillis(2_000 + 250L * i)); // what waited while the node was down
        }
    }

    /** A score was committed: the loops drain when it is due (at once for a final score). */
    public void scoreDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoreDue due) {
        loops.forEach(loop -> loop.wakeAt(due.at()));
    }

    /**
     * Once a minute, a loop whose planned drain the server refused (it was suspended, then resumed) drains again.
     * No database work unless a loop was left without a plan.
     */
    @Schedule(hour = "*", minute = "*", second = "20", persistent = false, info = "outbox loops revived after a suspend")
    void revive() {
        if (!stopping) {
            loops.forEach(DrainLoop::revive);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        for (DrainLoop loop : loops) {
            if (!loop.stop(STOP_WAIT)) {
                LOG.warn("Gradebook outbox: a send was still under way at shutdown; its lease runs out and another node sends it");
            }
        }
    }

    /** Drains, then tells when something will be due next, as far as the database shows. */
    private Optional<Instant> drainAndLookAhead() {
        drain();
        return stopping ? Optional.empty() : deliveries.nextDue();
    }

    static int workers() {
        String value = System.getProperty("lpk.outbox.workers", System.getenv("LPK_OUTBOX_WORKERS"));
        try {
            return value == null || value.isBlank() ? 1 : Math.max(1, Math.min(8, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Sends due deliveries until none are due (or for at most 20 s, then the next round goes on). Stops claiming
     * once the worker is stopping; the rest of a batch is handed back for another worker.
     */
    int drain() {
        long deadline = System.currentTimeMillis() + MAX_DRAIN_MILLIS;
        int sent = 0;
        Set<UUID> troubled = new HashSet<>();
        while (System.currentTimeMillis() < deadline && !stopping) {
            List<Deliveries.Due> batch = deliveries.claim(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            // Where each placement's scores go, worked out once per batch (a column is made at most once).
            Map<UUID, Route> routes = new HashMap<>();
            List<Deliveries.Due> postponed = new ArrayList<>();
            List<Deliveries.Due> released = new ArrayList<>();
            for (Deliveries.Due due : batch) {
                if (stopping) {
                    released.add(due);
                    continue;
                }
                if (troubled.contains(due.platformId())) {
                    postponed.add(due);
                    continue;
                }
                Route route = routes.computeIfAbsent(due.placementId(), this::route);
                if (route.park() != null) {
                    deliveries.park(due, route.park());
                } else if (route.column() == null) {
                    if (due.attempts() + 1 >= COLUMN_ATTEMPTS) {
                        deliveries.park(due, route.waitReason());
                    } else {
                        deliveries.retryLater(due, route.waitReason());
                    }
                } else if (deliveries.renew(due)) {
                    if (!send(due, route.column())) {
                        troubled.add(due.platformId());
                    }
                    sent++;
                }
                // renew refused: another worker holds the row now, or a newer score replaced it; it is not ours to send
            }
            // A platform that is down is asked once per round, not once per waiting score.
            deliveries.postpone(postponed, Instant.now().plus(PLATFORM_REST));
            deliveries.postpone(released, Instant.now()); // due at once, for a worker that is not stopping
        }
        return sent;
    }

    /** @return false when the platform could not be reached or asked to wait */
    private boolean send(Deliveries.Due due, String column) {
        Delivery delivery = gradebook.publish(new LineItemRef(new PlatformId(due.platformId()), column), due.score());
        if (!delivery.delivered()) {
            LOG.debugf("Gradebook outbox: %s for %s (%s)", delivery.outcome(), due.id(), delivery.reason());
        }
        if (!deliveries.settle(due, delivery)) {
            LOG.debugf("Gradebook outbox: %s changed hands while it was sent; its new holder settles it", due.id());
        }
        return delivery.outcome() != Delivery.Outcome.RETRY;
    }

    /**
     * Where a placement's scores go: its column; else a column made through the line items service; else nowhere,
     * and the scores are parked with the reason (a link without a score scope, or without a column and without
     * the right to make one, will never take a score, so asking again and again would only hide that). A part of a
     * whole sends only to a column of its own, made in its whole's container; the whole's score scope decides.
     */
    private Route route(UUID placementId) {
        Optional<Placement> found = deliveries.placement(placementId);
        Optional<Placement> whole = found.flatMap(deliveries::wholeOf);
        if (found.isEmpty() || whole.isEmpty()) {
            return Route.parked(PLACEMENT_GONE);
        }
        Placement placement = found.get();
        if (placement.isPart() && !placement.hasOwnColumn()) {
            return Route.parked(PART_WITHOUT_COLUMN);
        }
        if (!whole.get().isScoresAllowed()) {
            return Route.parked(NO_SCORE_SCOPE);
        }
        if (placement.getLineItemUrl() != null) {
            return Route.to(placement.getLineItemUrl());
        }
        if (whole.get().getLineItemsUrl() == null) {
            return Route.parked(NO_GRADEBOOK_COLUMN);
        }
        return deliveries.makeColumn(placementId).map(Route::to).orElse(new Route(null, null, COLUMN_NOT_CREATED));
    }

    /** A column to send to, or why not: parked for good, or waiting to try again ({@code waitReason}). */
    private record Route(String column, String park, String waitReason) {
        static Route to(String column) {
            return new Route(column, null, null);
        }

        static Route parked(String reason) {
            return new Route(null, reason, null);
        }
    }
}
