package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.FigureInput;
import dk.laerepladsklar.apprenticeship.control.SchoolFigures;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way the school's figures are read: for those who follow the launch's own school ({@code
 * Access.mayFollowSchool}: its LMS administrators and consultants), never for another school, since the school is the
 * launch's platform and nothing else. Five queries read the school's GF2 courses, who opened the search from them (with
 * the courses' titles as those launches sent them), and
 * those students' status histories, agreements and application dates (only the columns the figures need); the
 * counting is {@link SchoolFigures}'.
 */
@ApplicationScoped
public class FigureQueries {

    /** Students of the school who opened the search from a course with a GF2 term. */
    private static final String GF2_STUDENTS = "select e.studentSubject from SearchEnrolment e, CourseTerm t "
            + "where e.platformId = :platform and t.platformId = :platform and t.contextId = e.contextId";

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;

    /** The figures of the launch's school; empty for anyone who may not follow it. */
    @Transactional
    public Optional<SchoolFigures> figures(LaunchContext launch, LocalDate today) {
        if (!access.mayFollowSchool(launch, launch.platform())) {
            return Optional.empty();
        }
        return Optional.of(SchoolFigures.of(input(launch.platform()), today));
    }

    FigureInput input(PlatformId school) {
        UUID platform = school.value();
        var terms = em.createQuery("select t.contextId, t.departmentName, t.gf2EndsOn from CourseTerm t "
                        + "where t.platformId = :platform", Object[].class)
                .setParameter("platform", platform).getResultStream()
                .map(r -> new FigureInput.Term((String) r[0], (String) r[1], (LocalDate) r[2])).toList();
        var enrolments = em.createQuery("select e.studentSubject, e.contextId, e.lastSeen, e.courseTitle "
                        + "from SearchEnrolment e, CourseTerm t "
                        + "where e.platformId = :platform and t.platformId = :platform and t.contextId = e.contextId",
                        Object[].class)
                .setParameter("platform", platform).getResultStream()
                .map(r -> new FigureInput.Enrolment((String) r[0], (String) r[1], (Instant) r[2], (String) r[3])).toList();
        var steps = em.createQuery("select s.studentSubject, s.sequence, s.toState, s.effectiveOn, s.registeredOn, "
                        + "s.agreementId from StatusChange s where s.platformId = :platform and s.studentSubject in ("
                        + GF2_STUDENTS + ")", Object[].class)
                .setParameter("platform", platform).getResultStream()
                .map(r -> new FigureInput.Step((String) r[0], (Integer) r[1],
                        (dk.laerepladsklar.apprenticeship.entity.PlacementState) r[2], (LocalDate) r[3], (LocalDate) r[4],
                        (UUID) r[5])).toList();
        var agreements = em.createQuery("select a.id, a.studentSubject, a.startsOn, a.endsOn, a.probationEndsOn "
                        + "from Agreement a where a.platformId = :platform and a.studentSubject in (" + GF2_STUDENTS + ")",
                        Object[].class)
                .setParameter("platform", platform).getResultStream()
                .map(r -> new FigureInput.AgreementDates((UUID) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3],
                        (LocalDate) r[4])).toList();
        var applications = em.createQuery("select j.studentSubject, j.sentOn from JobApplication j "
                        + "where j.platformId = :platform and j.studentSubject in (" + GF2_STUDENTS + ")", Object[].class)
                .setParameter("platform", platform).getResultStream()
                .map(r -> new FigureInput.Sent((String) r[0], (LocalDate) r[1])).toList();
        return new FigureInput(terms, enrolments, steps, agreements, applications);
    }
}
