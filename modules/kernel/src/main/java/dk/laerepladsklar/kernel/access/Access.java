package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The one answer to "may this launch read / change this thing of this student in this course". Every page, REST
 * resource and export of every module asks here instead of looking at roles itself.
 *
 * <ul>
 *   <li>Nothing outside the launch's own course: the course must be the launch's, on the launch's platform, and
 *       the student must be of that platform. A user of another school with the same user and course ids gets
 *       nothing.</li>
 *   <li>A student reads and changes only their own things.</li>
 *   <li>Staff (teacher, teaching assistant, content developer, administrator) read every student of the course and
 *       change the course's teacher things (placements, retries, the roster); their own tries are previews, so they
 *       change their own things too, never a student's.</li>
 *   <li>A mentor reads only their mentees, and changes nothing.</li>
 *   <li>Observers, guests and people without a role: nothing.</li>
 *   <li>School-wide ({@link #mayFollowSchool}, {@link #mayReadInSchool}): the school's LMS administrators, and the
 *       consultants its administrator named ({@link SchoolRoles}), whatever their role in the course they launched
 *       from, see every student of their school (platform), in any course; never another school's.</li>
 * </ul>
 *
 * Opening one student's work from the platform's gradebook (a submission review) is for staff and the student's
 * mentors only: {@link #mayReview}.
 *
 * A refusal of a single thing is logged as a WARN with a symbolic reason and no ids of people.
 */
@ApplicationScoped
public class Access {

    private static final Logger LOG = Logger.getLogger(Access.class);

    @Inject
    SchoolRoles schoolRoles;

    /** Whether this launch may see this student's things (progress, answers, reflections, files) in this course. */
    public boolean mayRead(LaunchContext launch, StudentRef student, CourseRef course) {
        String refused = whyNotRead(launch, student, course);
        return allowed(refused, "read");
    }

    /**
     * Whether this launch may open this student's work for review in this course (LTI Submission Review): staff of
     * the course, or a mentor of that student; never the student (their own work they open as a student) nor anyone
     * outside the course or school.
     */
    public boolean mayReview(LaunchContext launch, StudentRef student, CourseRef course) {
        String refused = whyNotRead(launch, student, course);
        if (refused == null && !launch.actor().isStaff() && !launch.actor().mentors(student.subject())) {
            refused = "ACCESS_NOT_A_REVIEWER";
        }
        return allowed(refused, "review");
    }

    /** Whether this launch may change this student's things (work through an activity, hand in) in this course. */
    public boolean mayChange(LaunchContext launch, StudentRef student, CourseRef course) {
        String refused = whyNotInCourse(launch, course);
        if (refused == null && !student.platform().equals(course.platform())) {
            refused = "ACCESS_OTHER_SCHOOL";
        }
        if (refused == null) {
            Actor actor = launch.actor();
            boolean own = student.subject().equals(actor.subject());
            if (!own) {
                refused = "ACCESS_NOT_OWN_WORK";
            } else if (!actor.isStudent() && !actor.isStaff()) {
                refused = "ACCESS_READ_ONLY";
            }
        }
        return allowed(refused, "change");
    }

    /** Whether this launch may change the course's teacher things: place activities, retry scores, refresh, export. */
    public boolean mayTeach(LaunchContext launch, CourseRef course) {
        String refused = whyNotInCourse(launch, course);
        if (refused == null && !launch.actor().isStaff()) {
            refused = "ACCESS_NOT_STAFF";
        }
        return allowed(refused, "teach");
    }

    /** Whether this launch sees the course's class at all (staff the whole class, mentors their mentees). */
    public boolean mayFollow(LaunchContext launch, CourseRef course) {
        return whyNotInCourse(launch, course) == null && (launch.actor().isStaff() || launch.actor().isMentor());
    }

    /**
     * Whether this launch may change the settings of this school (its platform), such as how long recordings are kept:
     * an LMS administrator ({@link Audience#ADMINISTERING_SCHOOL}) launching from that very platform. A teacher, a
     * student, a mentor, or an administrator of another school may not.
     */
    public boolean mayAdministerSchool(LaunchContext launch, PlatformId school) {
        String refused = null;
        if (school == null || !launch.platform().equals(school)) {
            refused = "ACCESS_OTHER_SCHOOL";
        } else if (!launch.actor().roles().contains(Role.ADMINISTRATOR)) {
            refused = "ACCESS_NOT_SCHOOL_ADMIN";
        }
        return allowed(refused, "administer school");
    }

    /**
     * Whether this launch may follow this whole school (its platform): the school-wide caseload, the figures, the
     * profile catalogue. An LMS administrator launching from that platform, or a consultant of that school, whatever
     * their role in the course they launched from (a consultant is usually a teacher somewhere). Nobody of another
     * school: a grant holds on its own platform only.
     */
    public boolean mayFollowSchool(LaunchContext launch, PlatformId school) {
        return allowed(whyNotFollowSchool(launch, school), "follow school");
    }

    /**
     * Whether this launch may read this student's things in any course of the student's school: the school's LMS
     * administrators and consultants ({@link #mayFollowSchool}); a student of another school, never.
     */
    public boolean mayReadInSchool(LaunchContext launch, StudentRef student) {
        String refused = student == null || !launch.platform().equals(student.platform()) ? "ACCESS_OTHER_SCHOOL"
                : whyNotFollowSchool(launch, student.platform());
        return allowed(refused, "read in school");
    }

    private String whyNotFollowSchool(LaunchContext launch, PlatformId school) {
        if (school == null || !launch.platform().equals(school)) {
            return "ACCESS_OTHER_SCHOOL";
        }
        if (launch.actor().roles().contains(Role.ADMINISTRATOR)) {
            return null;
        }
        return schoolRoles.isConsultant(school, launch.actor().subject()) ? null : "ACCESS_NOT_CONSULTANT";
    }

    /**
     * The students of this course whose things this launch may read, as a test on their LMS user ids (of the course's
     * platform), for lists such as the class overview. Silent: leaving someone out of a list is not a refusal.
     */
    public Predicate<String> readableStudents(LaunchContext launch, CourseRef course) {
        return subject -> subject != null && whyNotRead(launch, new StudentRef(course.platform(), subject), course) == null;
    }

    private static String whyNotRead(LaunchContext launch, StudentRef student, CourseRef course) {
        String refused = whyNotInCourse(launch, course);
        if (refused != null) {
            return refused;
        }
        if (!student.platform().equals(course.platform())) {
            return "ACCESS_OTHER_SCHOOL";
        }
        Actor actor = launch.actor();
        if (actor.isStaff() || actor.mentors(student.subject())) {
            return null;
        }
        if (actor.isStudent()) {
            return student.subject().equals(actor.subject()) ? null : "ACCESS_NOT_OWN_WORK";
        }
        return actor.isMentor() ? "ACCESS_NOT_A_MENTEE" : "ACCESS_NO_ROLE";
    }

    /** The launch's course must be this one, on this platform: ids alone say nothing across schools. */
    private static String whyNotInCourse(LaunchContext launch, CourseRef course) {
        if (course == null || launch.course() == null) {
            return "ACCESS_NO_COURSE";
        }
        if (!launch.platform().equals(course.platform())) {
            return "ACCESS_OTHER_SCHOOL";
        }
        if (!launch.course().id().equals(course.courseId())) {
            return "ACCESS_OTHER_COURSE";
        }
        return launch.actor().isOther() ? "ACCESS_NO_ROLE" : null;
    }

    private static boolean allowed(String refused, String what) {
        if (refused != null) {
            LOG.warnf("Access refused: %s (%s)", refused, what);
        }
        return refused == null;
    }
}
