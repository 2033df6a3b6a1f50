package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.Landing;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The classroom's pages for the one page filter, and the landings it provides: the student's course page, the
 * class page and the teachers' help (staff and mentors), the content picker and the CSV export (staff), and the school's
 * settings and consultants (its LMS administrators).
 */
@ApplicationScoped
public class ClassroomPages implements ProtectedPages {

    public static final String STUDENT_HOME = "/student/home.xhtml";
    public static final String TEACHER_CLASS = "/teacher/class.xhtml";
    public static final String SELECT_CONTENT = "/teacher/select-content.xhtml";
    /** Help of the teachers' own: the class table, the states, the gradebook, the codes (mentors read it too). */
    public static final String TEACHER_HELP = "/teacher/help.xhtml";
    public static final String EXPORT = "/api/classroom/overview.csv";
    /** The school's own settings (how long recordings are kept), for the LMS administrators of the launch's school. */
    public static final String SCHOOL_SETTINGS = "/school/settings.xhtml";
    /** Who is the school's apprenticeship consultant: given and taken back by the school's LMS administrators. */
    public static final String SCHOOL_CONSULTANTS = "/school/consultants.xhtml";

    @Override
    public List<ProtectedPage> pages() {
        return List.of(
                ProtectedPage.page("/student/*", Audience.LEARNING),
                ProtectedPage.page(STUDENT_HOME, Audience.LEARNING),
                ProtectedPage.page("/teacher/*", Audience.TEACHING),
                ProtectedPage.page(TEACHER_CLASS, Audience.FOLLOWING),
                ProtectedPage.page(TEACHER_HELP, Audience.FOLLOWING),
                ProtectedPage.page(SELECT_CONTENT, Audience.TEACHING),
                ProtectedPage.resource(EXPORT, Audience.TEACHING, 403, EXPORT),
                ProtectedPage.page("/school/*", Audience.ADMINISTERING_SCHOOL),
                ProtectedPage.page(SCHOOL_SETTINGS, Audience.ADMINISTERING_SCHOOL),
                ProtectedPage.page(SCHOOL_CONSULTANTS, Audience.ADMINISTERING_SCHOOL));
    }

    @Override
    public Map<Landing, String> landings() {
        return Map.of(Landing.STUDENT_COURSE, STUDENT_HOME, Landing.CLASS, TEACHER_CLASS, Landing.CONTENT_PICKER, SELECT_CONTENT);
    }
}
