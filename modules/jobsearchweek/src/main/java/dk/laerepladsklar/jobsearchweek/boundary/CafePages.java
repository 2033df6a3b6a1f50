package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The pages of the job café and of following a week, for the one page filter: the café page, the registers and the
 * run-sheet for the course's staff; the week's progress for staff and mentors (their mentees, read-only); the café's
 * page for students. Which café or week, {@code Access} decides in the façades.
 */
@ApplicationScoped
public class CafePages implements ProtectedPages {

    public static final String API = "/api/week/";
    public static final String PROGRESS_PAGE = "/week/progress.xhtml";

    @Override
    public List<ProtectedPage> pages() {
        String cafe = "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "={job-cafe}";
        String week = "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "={job-search-week}";
        return List.of(
                ProtectedPage.page(JobCafeActivity.CAFE_PAGE, Audience.TEACHING, JobCafeActivity.CAFE_PAGE + cafe),
                ProtectedPage.page(JobCafeActivity.STUDENT_PAGE, Audience.LEARNING, JobCafeActivity.STUDENT_PAGE + cafe),
                ProtectedPage.page(AttendanceResource.PAGE, Audience.TEACHING, AttendanceResource.PAGE + cafe),
                ProtectedPage.page(PROGRESS_PAGE, Audience.FOLLOWING, PROGRESS_PAGE + week),
                ProtectedPage.resource(CafeResource.PATH + "*", Audience.TEACHING, 404, null),
                ProtectedPage.resource(AttendanceResource.PATH + "*", Audience.TEACHING, 404, null),
                ProtectedPage.resource(RunSheetResource.PATH + "*", Audience.TEACHING, 404,
                        RunSheetResource.PATH + "{job-search-week}"));
    }
}
