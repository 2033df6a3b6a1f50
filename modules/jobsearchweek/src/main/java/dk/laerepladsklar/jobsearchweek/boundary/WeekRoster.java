package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The course's students as the LMS lists them (NRPS), for the café's list, the registers and the progress page: the
 * active learners the launch may see, by name, from the kernel's {@link CourseRoster} (cached briefly, shared with the
 * other class pages). Asked outside any transaction (the platform may be slow).
 */
@ApplicationScoped
public class WeekRoster {

    private static final Logger LOG = Logger.getLogger(WeekRoster.class);

    @Inject
    CourseRoster roster;

    /** One student of the course: their LMS id and the name the LMS shares (null when it shares none). */
    public record Student(String subject, String name) implements Serializable {
    }

    /** The students, and whether the LMS could be asked at all (else the list is empty). */
    public record Students(List<Student> students, boolean read) implements Serializable {

        public boolean lists(String subject) {
            return students.stream().anyMatch(s -> s.subject().equals(subject));
        }
    }

    public Students learners(LaunchContext launch, Predicate<String> visible) {
        CourseRoster.Fetched fetched = roster.members(launch, false);
        if (fetched.problem() != null) {
            LOG.infof("Week pages with the roster as last fetched, or none: %s", fetched.problem());
        }
        List<Student> students = new ArrayList<>();
        for (Member member : fetched.members()) {
            if (member.isLearner() && member.active() && visible.test(member.subject())) {
                students.add(new Student(member.subject(), member.displayName().orElse(null)));
            }
        }
        students.sort(BY_NAME);
        // a roster fetched a little while ago stands in while the platform cannot answer
        return new Students(List.copyOf(students), fetched.problem() == null || !fetched.members().isEmpty());
    }

    /** By name (a teacher looks for a student), students without a name last. */
    static final Comparator<Student> BY_NAME = Comparator
            .comparing((Student s) -> s.name() == null || s.name().isBlank())
            .thenComparing(s -> s.name() == null ? s.subject() : s.name().toLowerCase(Locale.ROOT));
}
