package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.SearchFacts;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.CompanyContact;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.NextStep;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.apprenticeship.entity.StudentNote;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows a caseload and a student's file read, many students at once: the search of every listed student of one
 * school in a handful of queries (not one per student), and what staff keep about a student. Every query is keyed by
 * the school (platform); callers decide who may see whom.
 */
@ApplicationScoped
public class CaseloadRecords {

    /** PostgreSQL takes up to 32767 parameters; a whole school's students go in chunks well below that. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /** Each listed student's search, by LMS user id; students who never opened it get {@link SearchFacts#none()}. */
    public Map<String, SearchFacts> facts(PlatformId school, Collection<String> subjects) {
        Map<String, List<JobApplication>> applications = new HashMap<>();
        Map<String, List<ApplicationStep>> steps = new HashMap<>();
        Map<String, PlacementStatus> statuses = new HashMap<>();
        Map<String, List<Agreement>> agreements = new HashMap<>();
        Map<String, List<CheckIn>> checkIns = new HashMap<>();
        Map<String, List<StatusChange>> history = new HashMap<>();
        List<String> all = List.copyOf(subjects);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            group(of("JobApplication", JobApplication.class, school, chunk, "x.sentOn desc, x.createdAt desc"),
                    JobApplication::getStudentSubject, applications);
            group(of("ApplicationStep", ApplicationStep.class, school, chunk, "x.changedAt"),
                    ApplicationStep::getStudentSubject, steps);
            of("PlacementStatus", PlacementStatus.class, school, chunk, "x.id")
                    .forEach(s -> statuses.put(s.getStudentSubject(), s));
            group(of("Agreement", Agreement.class, school, chunk, "x.createdAt"), Agreement::getStudentSubject, agreements);
            group(of("CheckIn", CheckIn.class, school, chunk, "x.answeredAt"), CheckIn::getStudentSubject, checkIns);
            group(of("StatusChange", StatusChange.class, school, chunk, "x.changedAt"), StatusChange::getStudentSubject,
                    history);
        }
        Map<String, SearchFacts> facts = new HashMap<>();
        for (String subject : all) {
            facts.put(subject, new SearchFacts(applications.getOrDefault(subject, List.of()),
                    steps.getOrDefault(subject, List.of()), statuses.get(subject),
                    agreements.getOrDefault(subject, List.of()), checkIns.getOrDefault(subject, List.of()),
                    history.getOrDefault(subject, List.of())));
        }
        return facts;
    }

    private <T> List<T> of(String entity, Class<T> type, PlatformId school, List<String> subjects, String order) {
        return em.createQuery("select x from " + entity + " x where x.platformId = :platform "
                        + "and x.studentSubject in :subjects order by " + order, type)
                .setParameter("platform", school.value()).setParameter("subjects", subjects).getResultList();
    }

    private static <T> void group(List<T> rows, Function<T, String> subject, Map<String, List<T>> into) {
        for (T row : rows) {
            into.computeIfAbsent(subject.apply(row), s -> new ArrayList<>()).add(row);
        }
    }

    /** Who opened the search from this course. */
    public List<SearchEnrolment> enrolments(PlatformId school, String courseId) {
        return em.createQuery("select e from SearchEnrolment e where e.platformId = :platform and e.contextId = :course",
                        SearchEnrolment.class)
                .setParameter("platform", school.value()).setParameter("course", courseId).getResultList();
    }

    /** Who opened the search anywhere in the school, last seen first. */
    public List<SearchEnrolment> enrolments(PlatformId school) {
        return em.createQuery("select e from SearchEnrolment e where e.platformId = :platform order by e.lastSeen desc",
                        SearchEnrolment.class)
                .setParameter("platform", school.value()).getResultList();
    }

    /** The courses a student opened the search from, last seen first. */
    public List<SearchEnrolment> enrolmentsOf(StudentRef student) {
        return em.createQuery("select e from SearchEnrolment e where e.platformId = :platform "
                        + "and e.studentSubject = :student order by e.lastSeen desc", SearchEnrolment.class)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultList();
    }

    /** The terms of the school's courses, by course id. */
    public Map<String, CourseTerm> terms(PlatformId school) {
        Map<String, CourseTerm> terms = new HashMap<>();
        em.createQuery("select t from CourseTerm t where t.platformId = :platform", CourseTerm.class)
                .setParameter("platform", school.value()).getResultList()
                .forEach(t -> terms.put(t.getContextId(), t));
        return terms;
    }

    public List<StudentNote> notes(StudentRef student) {
        return ofStudent("StudentNote", StudentNote.class, student, "x.writtenAt desc");
    }

    public List<CompanyContact> contacts(StudentRef student) {
        return ofStudent("CompanyContact", CompanyContact.class, student, "x.contactedOn desc, x.createdAt desc");
    }

    public List<NextStep> steps(StudentRef student) {
        return ofStudent("CaseNextStep", NextStep.class, student, "x.dueOn, x.createdAt");
    }

    public Optional<NextStep> step(StudentRef student, UUID id) {
        NextStep step = id == null ? null : em.find(NextStep.class, id);
        return step != null && step.belongsTo(student) ? Optional.of(step) : Optional.empty();
    }

    private <T> List<T> ofStudent(String entity, Class<T> type, StudentRef student, String order) {
        return em.createQuery("select x from " + entity + " x where x.platformId = :platform "
                        + "and x.studentSubject = :student order by " + order, type)
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .getResultList();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    /** Deletes a student's rows of one of the staff's entities; how many. */
    long delete(String entity, StudentRef student) {
        return em.createQuery("delete from " + entity + " x where x.platformId = :platform and x.studentSubject = :student")
                .setParameter("platform", student.platform().value()).setParameter("student", student.subject())
                .executeUpdate();
    }
}
