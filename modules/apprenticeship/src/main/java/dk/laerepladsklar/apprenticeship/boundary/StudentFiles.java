package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.CaseloadLine;
import dk.laerepladsklar.apprenticeship.control.SearchFacts;
import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.ApprenticeshipRefused;
import dk.laerepladsklar.apprenticeship.entity.CompanyContact;
import dk.laerepladsklar.apprenticeship.entity.ContactKind;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.NextStep;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.apprenticeship.entity.StudentNote;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A student's file as the school's people see it: the student's search (applications, status history, agreement,
 * check-ins) and what colleagues keep beside it (notes, contacts with the company, next steps agreed at case
 * conferences).
 *
 * <p>Who opens it: the course's staff and the student's mentor, for a student of that course (on its roster, or who
 * opened the search from it); the school's consultants and LMS administrators, for any student of the school who opened
 * the search. Staff and consultants read everything and write notes, contacts and steps. A mentor reads the student's
 * own search, the next steps (a mentor often takes part in the conference, and a step may be theirs) and only the notes
 * a colleague marked for mentors; not the other notes, nor the log of contacts with the company; and writes nothing.
 * Anyone else, or an id that names no such student, finds nothing.
 */
@ApplicationScoped
public class StudentFiles {

    private static final Logger LOG = Logger.getLogger(StudentFiles.class);

    @Inject
    Access access;
    @Inject
    Searches searches;
    @Inject
    CourseRoster roster;
    @Inject
    CaseloadRecords records;

    /**
     * Who opened a file, and how.
     *
     * @param placed   the course's placed search it was opened from, or null (a consultant from the school's caseload)
     * @param mayWrite staff of the course, or a consultant or administrator of the school
     * @param mentor   a mentor of the student (reads the mentors' part only)
     */
    public record Opened(StudentRef student, SearchPlacement placed, boolean mayWrite, boolean mentor) {
    }

    /** What the file shows. {@code masterMeetingMissing}: an agreement runs, and no meeting with the master since it started. */
    public record StudentFile(String name, CaseloadLine line, SearchFacts facts, Agreement agreement,
                              List<StudentNote> notes, List<CompanyContact> contacts, List<NextStep> steps,
                              boolean masterMeetingMissing, List<String> courses) {
    }

    public Optional<Opened> open(String placementId, String subject, LaunchContext launch) {
        if (!StudentRef.isSubject(subject)) {
            return Optional.empty();
        }
        StudentRef student = new StudentRef(launch.platform(), subject);
        Optional<SearchPlacement> placed = placementId == null || placementId.isEmpty() ? Optional.empty()
                : searches.openToFollow(placementId, launch);
        if (placed.isPresent() && access.mayRead(launch, student, placed.get().course())
                && inCourse(placed.get(), student, launch)) {
            boolean staff = access.mayTeach(launch, placed.get().course());
            return Optional.of(new Opened(student, placed.get(), staff, !staff));
        }
        if (access.mayReadInSchool(launch, student) && !records.enrolmentsOf(student).isEmpty()) {
            return Optional.of(new Opened(student, placed.orElse(null), true, false));
        }
        LOG.warn("Student file refused: FILE_NOT_FOUND");
        return Optional.empty();
    }

    /** On the course's roster, or opened the search from the course: a forged id of another course's student is not. */
    private boolean inCourse(SearchPlacement placed, StudentRef student, LaunchContext launch) {
        boolean enrolled = records.enrolments(placed.course().platform(), placed.course().courseId()).stream()
                .anyMatch(e -> e.getStudentSubject().equals(student.subject()));
        return enrolled || rosterMember(launch, student).isPresent();
    }

    private Optional<Member> rosterMember(LaunchContext launch, StudentRef student) {
        CourseRoster.Fetched fetched = roster.members(launch, false);
        return fetched.members().stream().filter(m -> m.isLearner() && student.subject().equals(m.subject())).findFirst();
    }

    public StudentFile file(Opened opened, LaunchContext launch, LocalDate today) {
        StudentRef student = opened.student();
        List<SearchEnrolment> enrolments = records.enrolmentsOf(student);
        String name = enrolments.stream().map(SearchEnrolment::getDisplayName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
        if (name == null && opened.placed() != null) {
            name = rosterMember(launch, student).flatMap(Member::displayName).orElse(null);
        }
        String course = opened.placed() != null ? opened.placed().course().courseId()
                : enrolments.isEmpty() ? "" : enrolments.get(0).getContextId();
        Map<String, CourseTerm> terms = records.terms(student.platform());
        SearchFacts facts = records.facts(student.platform(), List.of(student.subject())).get(student.subject());
        String courseId = course;
        String title = enrolments.stream().filter(e -> e.getContextId().equals(courseId) && e.getCourseTitle() != null)
                .map(SearchEnrolment::getCourseTitle).findFirst().orElse(null);
        CaseloadLine line = facts.line(student.subject(), name, course, title, terms.get(course), today);
        Agreement agreement = facts.currentAgreement().orElse(null);
        List<StudentNote> notes = records.notes(student).stream().filter(n -> !opened.mentor() || n.isForMentors()).toList();
        List<CompanyContact> contacts = opened.mentor() ? List.of() : records.contacts(student);
        boolean missing = !opened.mentor() && agreement != null && !agreement.getStartsOn().isAfter(today)
                && !CompanyContact.masterMetSince(contacts, agreement.getStartsOn());
        return new StudentFile(name, line, facts, agreement, notes, contacts, records.steps(student), missing,
                enrolments.stream().map(SearchEnrolment::getContextId).toList());
    }

    @Transactional(rollbackOn = ApprenticeshipRefused.class)
    public StudentNote addNote(Opened opened, LaunchContext launch, String text, boolean forMentors) {
        requireWrite(opened);
        StudentNote note = new StudentNote(opened.student(), launch.actor().subject(), launch.actor().displayName(), text,
                forMentors, Instant.now());
        records.persist(note);
        return note;
    }

    @Transactional(rollbackOn = ApprenticeshipRefused.class)
    public CompanyContact addContact(Opened opened, LaunchContext launch, ContactKind kind, String company,
                                     LocalDate on, String note) {
        requireWrite(opened);
        CompanyContact contact = new CompanyContact(opened.student(), kind, company, on, note, launch.actor().subject(),
                launch.actor().displayName(), Searches.today(), Instant.now());
        records.persist(contact);
        return contact;
    }

    @Transactional(rollbackOn = ApprenticeshipRefused.class)
    public NextStep addStep(Opened opened, LaunchContext launch, String what, String who, LocalDate due) {
        requireWrite(opened);
        NextStep step = new NextStep(opened.student(), what, who, due, launch.actor().subject(),
                launch.actor().displayName(), Searches.today(), Instant.now());
        records.persist(step);
        return step;
    }

    @Transactional(rollbackOn = ApprenticeshipRefused.class)
    public NextStep stepDone(Opened opened, LaunchContext launch, UUID stepId) {
        requireWrite(opened);
        NextStep step = records.step(opened.student(), stepId)
                .orElseThrow(() -> new ApprenticeshipRefused("STEP_NOT_FOUND"));
        step.done(launch.actor().subject(), Instant.now());
        return step;
    }

    private static void requireWrite(Opened opened) {
        if (!opened.mayWrite()) {
            throw new ApprenticeshipRefused("FILE_READ_ONLY");
        }
    }
}
