package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.control.ScoreMapping;
import dk.laerepladsklar.gradebook.entity.DeliveryStatus;
import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.activity.ProgressState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts scores in the outbox in the same transaction as the progress that produced them, so nothing is lost
 * when the platform is down and nothing is sent for progress that was rolled back. A score in progress waits a
 * few seconds for the next one, so a student who works through a module step by step sends one score, not
 * one per step; a final score goes at once.
 * <p>
 * The student's newest delivery is read with a write lock, so recording and a worker taking the row happen one
 * after the other: either the newer score is folded into a row no worker holds yet, or the worker already holds it
 * and the newer score gets a row of its own, sent after it. A link whose launch granted no score scope gets
 * nothing: the score could never arrive.
 * <p>
 * A part of a whole (a module inside a job-search week) sends nothing unless the teacher gave it a column of its own;
 * then its scores go as its whole's would: only when the whole's launch granted the score scope, with the whole's
 * "show points as they grow".
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    Event<ScoreDue> due;

    @Transactional
    public void record(@Observes ProgressRecorded progress) {
        Optional<Placement> placement = placements.find(progress.placementId());
        if (placement.isEmpty() || placement.get().isPart() && !placement.get().hasOwnColumn()) {
            return;
        }
        Optional<Placement> settings = placements.wholeOf(placement.get());
        if (settings.isEmpty() || !settings.get().isScoresAllowed()) {
            return;
        }
        Optional<ScoreMapping.GradebookScore> score = ScoreMapping.of(progress, settings.get().isGrowingPointsGraded());
        if (score.isEmpty()) {
            return;
        }
        ScoreMapping.GradebookScore s = score.get();
        Instant now = Instant.now();
        Duration settle = progress.state() == ProgressState.IN_PROGRESS ? ScoreDelivery.SETTLE_IN_PROGRESS : Duration.ZERO;
        Optional<ScoreDelivery> latest = latest(progress);
        if (latest.isPresent()) {
            ScoreDelivery previous = latest.get();
            if (previous.absorb(s.given(), s.maximum(), s.activity(), s.grading(), now, settle)) {
                due.fire(new ScoreDue(previous.getNextAttemptAt()));
                return;
            }
            if (previous.getStatus() == DeliveryStatus.SENT && same(previous.toScore(), s)) {
                return; // the gradebook already shows exactly this
            }
        }
        ScoreDelivery delivery = new ScoreDelivery(nextSeq(), progress.placementId(), placement.get().getPlatform().value(),
                progress.studentSubject(), s.given(), s.maximum(), s.activity(), s.grading(), now,
                latest.map(ScoreDelivery::getScoreTimestamp).orElse(null), settle);
        em.persist(delivery);
        due.fire(new ScoreDue(delivery.getNextAttemptAt())); // the worker hears it once the progress has committed
    }

    private static boolean same(dk.laerepladsklar.lti.api.Score sent, ScoreMapping.GradebookScore next) {
        return sent.given() == next.given() && sent.maximum() == next.maximum()
                && sent.activityProgress() == next.activity() && sent.gradingProgress() == next.grading();
    }

    private Optional<ScoreDelivery> latest(ProgressRecorded progress) {
        return em.createQuery("select d from ScoreDelivery d where d.placementId = :placement "
                        + "and d.studentSubject = :student order by d.seq desc", ScoreDelivery.class)
                .setParameter("placement", progress.placementId())
                .setParameter("student", progress.studentSubject())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) // waits for a worker's claim to commit
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private long nextSeq() {
        return ((Number) em.createNativeQuery("select nextval('score_delivery_seq')").getSingleResult()).longValue();
    }
}
