package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.control.Backoff;
import dk.laerepladsklar.gradebook.entity.DeliveryStatus;
import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox's short transactions: take a batch of due deliveries (leased, so no other worker on any node
 * takes them), and record each outcome. The slow part, talking to the platform, happens between them,
 * outside any transaction.
 */
@ApplicationScoped
public class Deliveries {

    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;

    /** What the worker needs to send one score, detached from the database. */
    public record Due(UUID id, UUID placementId, UUID platformId, Score score) {
    }

    /**
     * Up to {@code limit} due deliveries, oldest first, never a later score for a student before an earlier
     * one for the same placement is settled.
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
        Instant until = now.plus(LEASE);
        due.forEach(d -> d.lease(until));
        return due.stream().map(d -> new Due(d.getId(), d.getPlacementId(), d.getPlatformId(), d.toScore())).toList();
    }

    @Transactional
    public void settle(UUID id, Delivery delivery) {
        ScoreDelivery d = em.find(ScoreDelivery.class, id);
        if (d == null) {
            return; // the student's data was erased while the score was on its way
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
    }

    /** The placement must get a column first; until a launch tells where, try again later. */
    /** The platform answers again after trouble: its scores waiting out a backoff go now, not in minutes. */
    private void wakeWaitingScoresOf(UUID platformId, Instant now) {
        em.createQuery("update ScoreDelivery d set d.nextAttemptAt = :now where d.platformId = :platform "
                        + "and d.status = :pending and d.attempts > 0 and d.nextAttemptAt > :now")
                .setParameter("now", now).setParameter("platform", platformId)
                .setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
    }

    /**
     * Puts deliveries back without an attempt: their platform just failed another one, so they wait until it
     * has been tried again, instead of each asking a platform that is down.
     */
    @Transactional
    public void postpone(List<UUID> ids, Instant until) {
        if (!ids.isEmpty()) {
            em.createQuery("update ScoreDelivery d set d.nextAttemptAt = :until, d.leasedUntil = null where d.id in :ids")
                    .setParameter("until", until).setParameter("ids", ids).executeUpdate();
        }
    }

    @Transactional
    public void waitForColumn(UUID id, String reason) {
        ScoreDelivery d = em.find(ScoreDelivery.class, id);
        if (d == null) {
            return; // erased meanwhile
        }
        d.retryAfter(Backoff.after(d.getAttempts() + 1), reason, false, Instant.now());
    }

    @Transactional
    public void rememberColumn(UUID placementId, String lineItemUrl) {
        placements.find(placementId).ifPresent(p -> p.useGradebook(lineItemUrl, null));
    }

    public java.util.Optional<Placement> placement(UUID placementId) {
        return placements.find(placementId);
    }

    /** The newest delivery of every student of a placement. */
    public List<ScoreDelivery> latestPerStudent(UUID placementId) {
        return em.createQuery("select d from ScoreDelivery d where d.placementId = :placement and d.seq = "
                        + "(select max(o.seq) from ScoreDelivery o where o.placementId = d.placementId "
                        + "and o.studentSubject = d.studentSubject)", ScoreDelivery.class)
                .setParameter("placement", placementId).getResultList();
    }

    @Transactional
    public void retryNow(UUID placementId, String studentSubject) {
        em.createQuery("select d from ScoreDelivery d where d.placementId = :placement and d.studentSubject = :student "
                        + "and d.status = :failed", ScoreDelivery.class)
                .setParameter("placement", placementId).setParameter("student", studentSubject)
                .setParameter("failed", DeliveryStatus.FAILED)
                .getResultList().forEach(d -> d.retryNow(Instant.now()));
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
