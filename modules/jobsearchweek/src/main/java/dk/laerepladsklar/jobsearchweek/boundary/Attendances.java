package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.Attendance;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import dk.laerepladsklar.jobsearchweek.entity.Occasion;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attendance rows: read per occasion or placement, written per student (the caller checked who may). */
@ApplicationScoped
public class Attendances {

    @PersistenceContext
    EntityManager em;

    /** Records the chosen status, or for a tap the one after the current ({@link AttendanceStatus#afterTap}). */
    @Transactional
    public AttendanceStatus save(CourseRef course, Occasion occasion, LaunchContext launch, StudentRef student,
                                 Optional<AttendanceStatus> chosen) {
        Instant now = Instant.now();
        String by = launch.actor().subject();
        String byName = launch.actor().name().orElse(null);
        Optional<Attendance> found = find(occasion, student.subject());
        AttendanceStatus status = chosen.orElseGet(() -> AttendanceStatus.afterTap(found.map(Attendance::getStatus)
                .orElse(null)));
        if (found.isPresent()) {
            found.get().record(status, by, byName, now);
        } else {
            em.persist(new Attendance(occasion, course.platform(), course.courseId(), student, status, by, byName, now));
        }
        return status;
    }

    public Optional<Attendance> find(Occasion occasion, String subject) {
        return em.createQuery("select a from Attendance a where a.placementId = :placement and "
                        + (occasion.isCafe() ? "a.cafeDate = :at" : "a.sessionId = :at")
                        + " and a.studentSubject = :student", Attendance.class)
                .setParameter("placement", occasion.placementId())
                .setParameter("at", occasion.isCafe() ? occasion.cafeDate() : occasion.sessionId())
                .setParameter("student", subject).getResultStream().findFirst();
    }

    /** Every line recorded at an occasion. */
    public List<Attendance> of(Occasion occasion) {
        return em.createQuery("select a from Attendance a where a.placementId = :placement and "
                        + (occasion.isCafe() ? "a.cafeDate = :at" : "a.sessionId = :at"), Attendance.class)
                .setParameter("placement", occasion.placementId())
                .setParameter("at", occasion.isCafe() ? occasion.cafeDate() : occasion.sessionId())
                .getResultList();
    }

    /** Every line recorded for the occasions of these placements (a week's sessions, for its progress page). */
    public List<Attendance> ofPlacements(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attendance a where a.placementId in :placements", Attendance.class)
                .setParameter("placements", placementIds).getResultList();
    }

    /** A student's lines in every course of their school (for an export), oldest first. */
    public List<Attendance> ofStudent(StudentRef student) {
        return em.createQuery("select a from Attendance a where a.platformId = :platform and a.studentSubject = :student "
                        + "order by a.recordedAt", Attendance.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultList();
    }

    /** Deletes a student's lines in every course of their school; how many. */
    public long erase(StudentRef student) {
        return em.createQuery("delete from Attendance a where a.platformId = :platform and a.studentSubject = :student")
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .executeUpdate();
    }
}
