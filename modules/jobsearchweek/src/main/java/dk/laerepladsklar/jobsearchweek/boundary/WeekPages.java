package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The week's pages for the one page filter: the plan page for the course's staff (a mentor who lands on it is sent on to
 * the week's page), the week's page for students (and staff trying it) and mentors. Which week, {@code Access} decides in the façades.
 */
@ApplicationScoped
public class WeekPages implements ProtectedPages {

    @Override
    public List<ProtectedPage> pages() {
        String placement = "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "={job-search-week}";
        return List.of(
                ProtectedPage.page("/week/*", Audience.TAKING_PART, null),
                // mentors land here from the week's link too (it is the week's teacher page): the page sends them on
                // to their mentees' week, read-only; only staff see the plan
                ProtectedPage.page(JobSearchWeekActivity.PLAN_PAGE, Audience.FOLLOWING,
                        JobSearchWeekActivity.PLAN_PAGE + placement),
                ProtectedPage.page(JobSearchWeekActivity.TODAY_PAGE, Audience.TAKING_PART,
                        JobSearchWeekActivity.TODAY_PAGE + placement));
    }
}
