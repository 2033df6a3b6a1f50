package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.activity.ActivityOpened;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps every student's latest progress per placement, in the transaction of the activity that reported it, and
 * that they opened it: the classroom's one record of "not opened / opened / started / done" (read through
 * {@link dk.laerepladsklar.kernel.activity.StudentState}) for the class page and the student's own page.
 */
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

    /**
     * A student opened an activity: from now on the class page says "opened" (the first report, if it is the first
     * thing the ledger hears of this student there; a later progress report replaces it).
     */
    @Transactional
    public void opened(@Observes ActivityOpened opened) {
        boolean known = !em.createQuery("select p.id from ActivityProgress p where p.placementId = :placement "
                        + "and p.studentSubject = :student", UUID.class)
                .setParameter("placement", opened.placementId()).setParameter("student", opened.studentSubject())
                .setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            em.persist(new ActivityProgress(opened.asProgress()));
        }
    }

    /** One student's latest progress in these placements, by placement. */
    public Map<UUID, ActivityProgress> ofStudent(Collection<UUID> placementIds, String studentSubject) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ActivityProgress> byPlacement = new HashMap<>();
        em.createQuery("select p from ActivityProgress p where p.placementId in :placements and p.studentSubject = :student",
                        ActivityProgress.class)
                .setParameter("placements", placementIds).setParameter("student", studentSubject)
                .getResultStream().forEach(p -> byPlacement.put(p.getPlacementId(), p));
        return byPlacement;
    }

    public List<ActivityProgress> of(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ActivityProgress p where p.placementId in :placements", ActivityProgress.class)
                .setParameter("placements", placementIds).getResultList();
    }
}
