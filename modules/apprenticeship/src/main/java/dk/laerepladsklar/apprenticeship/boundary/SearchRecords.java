package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.SearchReminders;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The search's rows of one student (or one course), read in the caller's transaction. Every query is keyed by the
 * school (platform) and the LMS user id: nothing of another student or school can come back. Callers check access.
 */
@ApplicationScoped
public class SearchRecords {

    @PersistenceContext
    EntityManager em;

    private <T> TypedQuery<T> of(String entity, Class<T> type, StudentRef student, String order) {
        return em.createQuery("select x from " + entity + " x where x.platformId = :platform "
                        + "and x.studentSubject = :student order by " + order, type)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject());
    }

    /** Newest first (by the day sent, then when logged). */
    public List<JobApplication> applications(StudentRef student) {
        return of("JobApplication", JobApplication.class, student, "x.sentOn desc, x.createdAt desc").getResultList();
    }

    /** How many rows of this entity the student has (an entity of this package with platformId and studentSubject). */
    public long count(String entity, StudentRef student) {
        return em.createQuery("select count(x) from " + entity + " x where x.platformId = :platform "
                        + "and x.studentSubject = :student", Long.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getSingleResult();
    }

    public Optional<JobApplication> application(StudentRef student, UUID id) {
        JobApplication a = id == null ? null : em.find(JobApplication.class, id);
        return a != null && a.belongsTo(student) ? Optional.of(a) : Optional.empty();
    }

    public List<ApplicationStep> steps(StudentRef student) {
        return of("ApplicationStep", ApplicationStep.class, student, "x.changedAt, x.id").getResultList();
    }

    public Optional<PlacementStatus> status(StudentRef student) {
        return of("PlacementStatus", PlacementStatus.class, student, "x.id").getResultStream().findFirst();
    }

    /** The status's history, oldest first. */
    public List<StatusChange> history(StudentRef student) {
        return of("StatusChange", StatusChange.class, student, "x.sequence").getResultList();
    }

    public List<Agreement> agreements(StudentRef student) {
        return of("Agreement", Agreement.class, student, "x.createdAt").getResultList();
    }

    public Optional<Agreement> agreement(StudentRef student, UUID id) {
        Agreement a = id == null ? null : em.find(Agreement.class, id);
        return a != null && a.belongsTo(student) ? Optional.of(a) : Optional.empty();
    }

    public List<CheckIn> checkIns(StudentRef student) {
        return of("CheckIn", CheckIn.class, student, "x.answeredAt").getResultList();
    }

    public List<LocalDate> weeksAnswered(UUID agreementId) {
        return em.createQuery("select c.weekOf from CheckIn c where c.agreementId = :agreement", LocalDate.class)
                .setParameter("agreement", agreementId).getResultList();
    }

    public List<SearchEnrolment> enrolments(StudentRef student) {
        return of("SearchEnrolment", SearchEnrolment.class, student, "x.firstSeen").getResultList();
    }

    public Optional<SearchEnrolment> enrolment(StudentRef student, String contextId) {
        return em.createQuery("select e from SearchEnrolment e where e.platformId = :platform and e.contextId = :course "
                        + "and e.studentSubject = :student", SearchEnrolment.class)
                .setParameter("platform", student.platform().value()).setParameter("course", contextId)
                .setParameter("student", student.subject()).getResultStream().findFirst();
    }

    public Optional<CourseTerm> term(CourseRef course) {
        return em.createQuery("select t from CourseTerm t where t.platformId = :platform and t.contextId = :course",
                        CourseTerm.class)
                .setParameter("platform", course.platform().value()).setParameter("course", course.courseId())
                .getResultStream().findFirst();
    }

    /** The registration deadlines of the courses the student opened the search from. */
    public List<SearchReminders.Deadline> deadlines(StudentRef student) {
        return em.createQuery("select t from CourseTerm t, SearchEnrolment e where e.platformId = :platform "
                        + "and e.studentSubject = :student and t.platformId = e.platformId and t.contextId = e.contextId",
                        CourseTerm.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultStream().map(t -> new SearchReminders.Deadline(t.seekingDeadline(), t.getGf2EndsOn())).toList();
    }

    /** Signed agreements that ended and whose student was not yet put back to seeking (for the daily round). */
    public List<PlacementStatus> signedWithEndedAgreement(LocalDate today) {
        return em.createQuery("select s from PlacementStatus s, Agreement a where s.agreementId = a.id "
                        + "and s.state = dk.laerepladsklar.apprenticeship.entity.PlacementState.AGREEMENT_SIGNED "
                        + "and a.endsOn < :today and a.endedHandledAt is null", PlacementStatus.class)
                .setParameter("today", today).getResultList();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    /** Deletes a student's rows of one entity; how many. */
    long delete(String entity, StudentRef student) {
        return em.createQuery("delete from " + entity + " x where x.platformId = :platform and x.studentSubject = :student")
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .executeUpdate();
    }
}
