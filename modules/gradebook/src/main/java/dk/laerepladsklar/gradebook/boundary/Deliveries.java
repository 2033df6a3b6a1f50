package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.control.Backoff;
import dk.laerepladsklar.gradebook.entity.DeliveryStatus;
import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Gradebook;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.api.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox's short transactions: take a batch of due deliveries (leased with a token, so no other worker on any
 * node takes them), renew one row's lease just before it is sent, and record each outcome, but only while the
 * lease is still the worker's own. The slow part, talking to the platform, happens between them, outside any
 * transaction, except the making of a column, which happens under a lock on its placement.
 */
@ApplicationScoped
public class Deliveries {

    /**
     * How long a lease lasts from a claim or a renewal: longer than one send can take (a token request and a score,
     * each capped at 15 s, plus connecting), so a row is never sent by two workers at once.
     */
    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    Gradebook gradebook;
    @Inject
    Event<ScoreDue> due;

    /** What the worker needs to send one score, detached from the database, and the lease it holds it by. */
    public record Due(UUID id, UUID placementId, UUID platformId, Score score, int attempts, UUID lease) {
    }

    /**
     * Up to {@code limit} due deliveries, oldest first, never a later score for a student before an earlier
     * one for the same placement is settled. Rows another worker has locked are skipped, not waited for.
     */
    @Transactional
    public List<Due> claim(int limit) {
        Instant now = Instant.now();
        List<ScoreDelivery> due = em.createQuery("select d from ScoreDelivery d where d.status = :pending "
                        + "and d.nextAttemptAt <= :now and (d.leasedUntil is null or d.leasedUntil < :now) "
                        + "and not exists (select o from ScoreDelivery o where o.placementId = d.placementId "
                        + "and o.studentSubject = d.studentSubject and o.seq < d.seq and o.status = :pending) "
                        + "order by d.seq", ScoreDelivery.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // skip rows another node has locked
                .setMaxResults(limit)
                .getResultList();
        UUID token = UUID.randomUUID();
        Instant until = now.plus(LEASE);
        due.forEach(d -> d.lease(token, until));
        return due.stream().map(d -> new Due(d.getId(), d.getPlacementId(), d.getPlatformId(), d.toScore(),
                d.getAttempts(), token)).toList();
    }

    /**
     * Renews the lease of one row right before it is sent, so the send always has a whole lease, however long the
     * rows before it in the batch took. One statement by primary key.
     *
     * @return false when the row is no longer this worker's: another worker took it after the lease ran out, a
     * newer score replaced its value, or it was erased. Then it must not be sent.
     */
    @Transactional
    public boolean renew(Due due) {
        return em.createQuery("update ScoreDelivery d set d.leasedUntil = :until, d.version = d.version + 1 "
                        + "where d.id = :id and d.leaseToken = :token and d.status = :pending")
                .setParameter("until", Instant.now().plus(LEASE)).setParameter("id", due.id())
                .setParameter("token", due.lease()).setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate() == 1;
    }

    /**
     * Records how a send went, if the row is still leased by the worker that sent it. A row whose lease ran out and
     * was taken by another worker, or that took a newer score meanwhile, is left as it is: the answer was for a send
     * that is not the row's any more.
     *
     * @return whether the outcome was recorded
     */
    @Transactional
    public boolean settle(Due due, Delivery delivery) {
        ScoreDelivery d = own(due);
        if (d == null) {
            return false;
        }
        Instant now = Instant.now();
        switch (delivery.outcome()) {
            case DELIVERED -> {
                if (d.getAttempts() > 0) {
                    wakeWaitingScoresOf(d.getPlatformId(), now);
                }
                d.delivered(now);
            }
            case STALE_TIMESTAMP -> d.retryAfter(Duration.ZERO, reason(delivery), true, now);
            case RETRY -> d.retryAfter(Backoff.after(d.getAttempts() + 1), reason(delivery), false, now);
            case PERMANENT_FAILURE -> d.failed(reason(delivery), now);
        }
        return true;
    }

    /** The tool has nowhere to send this score: parked with a symbolic reason the teacher's page explains. */
    @Transactional
    public void park(Due due, String reason) {
        ScoreDelivery d = own(due);
        if (d != null) {
            d.park(reason, Instant.now());
        }
    }

    /** Not sendable yet for a reason that may pass (a column could not be made now): try again after a backoff. */
    @Transactional
    public void retryLater(Due due, String reason) {
        ScoreDelivery d = own(due);
        if (d != null) {
            d.retryAfter(Backoff.after(d.getAttempts() + 1), reason, false, Instant.now());
        }
    }

    /** The row, locked, if this worker's lease still holds it; null otherwise. */
    private ScoreDelivery own(Due due) {
        ScoreDelivery d = em.find(ScoreDelivery.class, due.id(), LockModeType.PESSIMISTIC_WRITE);
        return d != null && d.isLeasedBy(due.lease()) ? d : null; // null: erased, taken over, or replaced
    }

    /** The platform answers again after trouble: its scores waiting out a backoff go now, not in minutes. */
    private void wakeWaitingScoresOf(UUID platformId, Instant now) {
        em.createQuery("update ScoreDelivery d set d.nextAttemptAt = :now, d.version = d.version + 1 "
                        + "where d.platformId = :platform and d.status = :pending and d.attempts > 0 and d.nextAttemptAt > :now "
                        + "and d.leaseToken is null")
                .setParameter("now", now).setParameter("platform", platformId)
                .setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
    }

    /**
     * Puts deliveries back without an attempt: their platform just failed another one, so they wait until it
     * has been tried again, instead of each asking a platform that is down. Only rows this worker still holds.
     */
    @Transactional
    public void postpone(List<Due> dues, Instant until) {
        if (!dues.isEmpty()) {
            em.createQuery("update ScoreDelivery d set d.nextAttemptAt = :until, d.leasedUntil = null, d.leaseToken = null, "
                            + "d.version = d.version + 1 where d.id in :ids and d.leaseToken = :token and d.status = :pending")
                    .setParameter("until", until).setParameter("ids", dues.stream().map(Due::id).toList())
                    .setParameter("token", dues.get(0).lease()).setParameter("pending", DeliveryStatus.PENDING)
                    .executeUpdate();
        }
    }

    /**
     * The column of a placement that has none yet, made through the platform's line items service under a write
     * lock on the placement: a second worker waits for the first, then finds its column, so a link never gets two.
     * A part's column is made in its whole's container, tied to its whole's link (the only link there is), and
     * labelled with the part's title.
     *
     * @return the column, or empty when the platform made none (now)
     */
    @Transactional
    public Optional<String> makeColumn(UUID placementId) {
        Placement placement = placements.lockForColumn(placementId).orElse(null);
        if (placement == null) {
            return Optional.empty();
        }
        if (placement.getLineItemUrl() != null) {
            return Optional.of(placement.getLineItemUrl()); // made by another worker while this one waited
        }
        Placement whole = placements.wholeOf(placement).orElse(null);
        if (whole == null || whole.getLineItemsUrl() == null || placement.isPart() && !placement.hasOwnColumn()) {
            return Optional.empty();
        }
        Optional<LineItemRef> created = gradebook.createLineItem(placement.getPlatform(), whole.getLineItemsUrl(),
                new LineItemSpec(placement.getScoreMaximum(), placement.getTitle(), placement.getActivity().toString(), "progress"),
                whole.getResourceLinkId());
        created.ifPresent(ref -> placement.useGradebook(ref.url(), null));
        return created.map(LineItemRef::url);
    }

    public java.util.Optional<Placement> placement(UUID placementId) {
        return placements.find(placementId);
    }

    /** The whole whose gradebook settings a placement follows: a part's whole, else the placement itself. */
    public java.util.Optional<Placement> wholeOf(Placement placement) {
        return placements.wholeOf(placement);
    }

    /** The newest delivery of every student of a placement. */
    public List<ScoreDelivery> latestPerStudent(UUID placementId) {
        return em.createQuery("select d from ScoreDelivery d where d.placementId = :placement and d.seq = "
                        + "(select max(o.seq) from ScoreDelivery o where o.placementId = d.placementId "
                        + "and o.studentSubject = d.studentSubject)", ScoreDelivery.class)
                .setParameter("placement", placementId).getResultList();
    }

    /**
     * A teacher sends a parked score again. Only the student's newest score: an older parked one is out of date, and
     * sending it after a newer one would put the older value in the gradebook.
     */
    @Transactional
    public void retryNow(UUID placementId, String studentSubject) {
        em.createQuery("select d from ScoreDelivery d where d.placementId = :placement and d.studentSubject = :student "
                        + "order by d.seq desc", ScoreDelivery.class)
                .setParameter("placement", placementId).setParameter("student", studentSubject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(d -> {
                    d.retryNow(Instant.now());
                    due.fire(new ScoreDue(d.getNextAttemptAt()));
                });
    }

    /**
     * Deletes up to {@code limit} scores the platform took before {@code sentBefore}, oldest first.
     *
     * @return how many were deleted
     */
    @Transactional
    public int pruneSent(Instant sentBefore, int limit) {
        List<UUID> ids = em.createQuery("select d.id from ScoreDelivery d where d.status = :sent and d.sentAt < :before "
                        + "order by d.sentAt", UUID.class)
                .setParameter("sent", DeliveryStatus.SENT).setParameter("before", sentBefore)
                .setMaxResults(limit).getResultList();
        return ids.isEmpty() ? 0 : em.createQuery("delete from ScoreDelivery d where d.id in :ids and d.status = :sent")
                .setParameter("ids", ids).setParameter("sent", DeliveryStatus.SENT).executeUpdate();
    }

    /**
     * The earliest time a pending score will be due, counting only the first waiting score of each student (a later
     * one waits for it) and a leased row only when its lease runs out; empty when nothing waits. May be in the past.
     */
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(em.createQuery("select min(case when d.leasedUntil is not null "
                        + "and d.leasedUntil > d.nextAttemptAt then d.leasedUntil else d.nextAttemptAt end) "
                        + "from ScoreDelivery d where d.status = :pending "
                        + "and not exists (select o from ScoreDelivery o where o.placementId = d.placementId "
                        + "and o.studentSubject = d.studentSubject and o.seq < d.seq and o.status = :pending)", Instant.class)
                .setParameter("pending", DeliveryStatus.PENDING).getSingleResult());
    }

    /** How many scores wait to be sent (for the benchmark and the admin). */
    public long pendingCount() {
        return em.createQuery("select count(d) from ScoreDelivery d where d.status = :pending", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).getSingleResult();
    }

    private static String reason(Delivery delivery) {
        String reason = delivery.reason() == null ? delivery.outcome().name() : delivery.reason();
        return (delivery.status() > 0 ? "HTTP " + delivery.status() + " " : "") + reason;
    }
}
