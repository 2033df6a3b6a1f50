package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.ApplicationsPerWeek;
import dk.laerepladsklar.apprenticeship.control.CaseloadLine;
import dk.laerepladsklar.apprenticeship.control.SearchFacts;
import dk.laerepladsklar.apprenticeship.control.StatusOverTime;
import dk.laerepladsklar.apprenticeship.control.WeekCount;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The caseloads: a course's students for its teachers (the roster, and whoever opened the search from the course), the
 * same course's mentees for a mentor, and every student of the school who opened the search for its consultants and
 * LMS administrators, each listed under the course they last opened it from. Who is listed, {@code Access} decides;
 * the platform is asked for the roster outside any transaction.
 */
@ApplicationScoped
public class Caseloads {

    private static final Logger LOG = Logger.getLogger(Caseloads.class);

    @Inject
    Access access;
    @Inject
    Searches searches;
    @Inject
    CourseRoster roster;
    @Inject
    CaseloadRecords records;

    /**
     * A caseload: its lines (sorted by department, course and name), whether the course's roster could be read, the
     * course's term (a course's caseload only), and the two charts' figures over the listed students.
     */
    public record Caseload(List<CaseloadLine> lines, boolean rosterRead, CourseTerm term,
                           List<WeekCount> applicationsPerWeek, List<StatusOverTime.Week> statusOverTime) {
    }

    /** The course's caseload: staff see every student, a mentor their mentees. */
    public Caseload course(SearchPlacement placed, LaunchContext launch, LocalDate today) {
        Predicate<String> readable = access.readableStudents(launch, placed.course());
        Map<String, String> names = new LinkedHashMap<>();
        CourseRoster.Fetched fetched = roster.members(launch, false);
        boolean rosterRead = fetched.problem() == null;
        if (rosterRead) {
            for (Member member : fetched.members()) {
                if (member.isLearner() && member.active() && readable.test(member.subject())) {
                    names.put(member.subject(), member.displayName().orElse(null));
                }
            }
        } else {
            LOG.infof("Caseload without the roster: %s", fetched.problem());
        }
        List<SearchEnrolment> enrolments = records.enrolments(placed.course().platform(), placed.course().courseId());
        for (SearchEnrolment e : enrolments) {
            if (readable.test(e.getStudentSubject())) {
                names.merge(e.getStudentSubject(), e.getDisplayName() == null ? "" : e.getDisplayName(),
                        (roster, seen) -> roster == null || roster.isBlank() ? seen : roster);
            }
        }
        CourseTerm term = searches.term(placed).orElse(null);
        Map<String, SearchFacts> facts = records.facts(placed.course().platform(), names.keySet());
        List<CaseloadLine> lines = new ArrayList<>();
        String launched = Searches.courseTitle(placed, launch);
        String title = launched != null ? launched : titles(enrolments).get(placed.course().courseId());
        names.forEach((subject, name) -> lines.add(facts.get(subject).line(subject, blankToNull(name),
                placed.course().courseId(), title, term, today)));
        return caseload(lines, rosterRead, term, facts.values(), today);
    }

    /**
     * The school's caseload, for those who follow the whole school: every student who opened the search from any
     * course of the launch's school, under the course they opened it from last. Empty for anyone else.
     */
    public Optional<Caseload> school(LaunchContext launch, LocalDate today) {
        PlatformId school = launch.platform();
        if (!access.mayFollowSchool(launch, school)) {
            return Optional.empty();
        }
        Map<String, SearchEnrolment> latest = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<SearchEnrolment> enrolments = records.enrolments(school);
        Map<String, String> titles = titles(enrolments);
        for (SearchEnrolment e : enrolments) {
            latest.putIfAbsent(e.getStudentSubject(), e);
            if (e.getDisplayName() != null) {
                names.putIfAbsent(e.getStudentSubject(), e.getDisplayName());
            }
        }
        Map<String, CourseTerm> terms = records.terms(school);
        Map<String, SearchFacts> facts = records.facts(school, latest.keySet());
        List<CaseloadLine> lines = new ArrayList<>();
        latest.forEach((subject, e) -> lines.add(facts.get(subject).line(subject, names.get(subject),
                e.getContextId(), titles.get(e.getContextId()), terms.get(e.getContextId()), today)));
        return Optional.of(caseload(lines, true, null, facts.values(), today));
    }

    /** Whether this launch may change the course's things here (the term; its caseload as a CSV). */
    public boolean mayTeach(SearchPlacement placed, LaunchContext launch) {
        return access.mayTeach(launch, placed.course());
    }

    private static Caseload caseload(List<CaseloadLine> lines, boolean rosterRead, CourseTerm term,
                                     Collection<SearchFacts> facts, LocalDate today) {
        lines.sort(Comparator.comparing((CaseloadLine l) -> l.department() == null ? "\uffff" : l.department().toLowerCase(Locale.ROOT))
                .thenComparing(CaseloadLine::courseId)
                .thenComparing(l -> l.name() == null)
                .thenComparing(l -> l.name() == null ? l.studentSubject() : l.name().toLowerCase(Locale.ROOT)));
        List<LocalDate> sent = facts.stream().flatMap(f -> f.applications().stream()).map(JobApplication::getSentOn).toList();
        List<List<StatusOverTime.Change>> histories = facts.stream().map(f -> f.history().stream()
                .map(c -> new StatusOverTime.Change(c.getEffectiveOn(), c.getChangedAt(), c.getToState())).toList()).toList();
        return new Caseload(List.copyOf(lines), rosterRead, term, ApplicationsPerWeek.of(sent, today),
                StatusOverTime.of(histories, today));
    }

    /**
     * Each course's title as the LMS sent it with the latest launch that had one (students launch at different times;
     * the newest title is the course's name now), by course id.
     */
    static Map<String, String> titles(Collection<SearchEnrolment> enrolments) {
        Map<String, SearchEnrolment> newest = new java.util.HashMap<>();
        for (SearchEnrolment e : enrolments) {
            if (e.getCourseTitle() != null) {
                newest.merge(e.getContextId(), e, (a, b) -> a.getLastSeen().isBefore(b.getLastSeen()) ? b : a);
            }
        }
        Map<String, String> titles = new java.util.HashMap<>();
        newest.forEach((course, e) -> titles.put(course, e.getCourseTitle()));
        return titles;
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name;
    }
}
