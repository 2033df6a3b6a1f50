package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.PartProgress;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The week's record of its parts' progress: every {@link ProgressRecorded} of an activity placed as a part of a week is
 * kept here, in the activity's own transaction (so the record and the activity's state never disagree). Progress of
 * anything else is none of the week's business and is ignored.
 */
@ApplicationScoped
public class PartProgresses {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void record(@Observes ProgressRecorded progress) {
        List<Object[]> week = em.createQuery("select p.weekId, w.platformId from WeekPart p, JobSearchWeek w "
                        + "where p.partId = :part and w.placementId = p.weekId", Object[].class)
                .setParameter("part", progress.placementId()).getResultList();
        if (week.isEmpty()) {
            return;
        }
        PartProgress known = em.find(PartProgress.class, new PartProgress.Key(progress.placementId(),
                progress.studentSubject()));
        if (known != null) {
            known.apply(progress);
        } else {
            em.persist(new PartProgress((UUID) week.get(0)[0], new PlatformId((UUID) week.get(0)[1]), progress));
        }
    }

    /** Every student's record of every part of a week. */
    public List<PartProgress> ofWeek(UUID weekId) {
        return em.createQuery("select p from PartProgress p where p.weekId = :week", PartProgress.class)
                .setParameter("week", weekId).getResultList();
    }

    /** A student's records in every week of their school (for an export), oldest first. */
    public List<PartProgress> ofStudent(StudentRef student) {
        return em.createQuery("select p from PartProgress p where p.platformId = :platform and p.studentSubject = :student "
                        + "order by p.recordedAt", PartProgress.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultList();
    }

    public long erase(StudentRef student) {
        return em.createQuery("delete from PartProgress p where p.platformId = :platform and p.studentSubject = :student")
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .executeUpdate();
    }
}
