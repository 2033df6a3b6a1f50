package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.ApprenticeshipTick;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The teacher's ticks "har læreplads" of a course, as rows (the caller checked who may change them). */
@ApplicationScoped
public class ApprenticeshipTicks {

    @PersistenceContext
    EntityManager em;

    /** The course's students the teacher ticked. */
    public Set<String> of(CourseRef course) {
        return new HashSet<>(em.createQuery("select t.studentSubject from ApprenticeshipTick t "
                        + "where t.platformId = :platform and t.contextId = :course", String.class)
                .setParameter("platform", course.platform().value()).setParameter("course", course.courseId())
                .getResultList());
    }

    /** Ticks the ticked ones of the listed students and unticks the rest of them; how many ticks the course has now. */
    @Transactional
    public int save(CourseRef course, String by, Set<String> listed, Set<String> ticked) {
        Set<String> before = of(course);
        Instant now = Instant.now();
        for (String subject : listed) {
            boolean had = before.contains(subject);
            if (ticked.contains(subject) && !had) {
                em.persist(new ApprenticeshipTick(new StudentRef(course.platform(), subject), course.courseId(), by, now));
            } else if (!ticked.contains(subject) && had) {
                em.createQuery("delete from ApprenticeshipTick t where t.platformId = :platform and t.contextId = :course "
                                + "and t.studentSubject = :student")
                        .setParameter("platform", course.platform().value()).setParameter("course", course.courseId())
                        .setParameter("student", subject).executeUpdate();
            }
        }
        em.flush();
        return of(course).size();
    }

    /** A student's ticks in every course of their school (for an export). */
    public List<ApprenticeshipTick> ofStudent(StudentRef student) {
        return em.createQuery("select t from ApprenticeshipTick t where t.platformId = :platform "
                        + "and t.studentSubject = :student order by t.tickedAt", ApprenticeshipTick.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultList();
    }

    /** Deletes a student's ticks in every course of their school; how many. */
    public long erase(StudentRef student) {
        return em.createQuery("delete from ApprenticeshipTick t where t.platformId = :platform "
                        + "and t.studentSubject = :student")
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .executeUpdate();
    }
}
