package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Keeps every student's latest progress per placement, in the transaction of the activity that reported it. */
@ApplicationScoped
public class ProgressLedger {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void record(@Observes ProgressRecorded progress) {
        em.createQuery("select p from ActivityProgress p where p.placementId = :placement and p.studentSubject = :student",
                        ActivityProgress.class)
                .setParameter("placement", progress.placementId())
                .setParameter("student", progress.studentSubject())
                .getResultStream().findFirst()
                .ifPresentOrElse(p -> p.apply(progress), () -> em.persist(new ActivityProgress(progress)));
    }

    public List<ActivityProgress> of(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ActivityProgress p where p.placementId in :placements", ActivityProgress.class)
                .setParameter("placements", placementIds).getResultList();
    }
}
