package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The week's pages for the one page filter: the plan page for the course's staff, the week's page for students (and
 * staff trying it) and mentors. Which week, {@code Access} decides in the façades.
 */
@ApplicationScoped
public class WeekPages implements ProtectedPages {

    @Override
    public List<ProtectedPage> pages() {
        String placement = "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "={job-search-week}";
        return List.of(
                ProtectedPage.page("/week/*", Audience.TAKING_PART, null),
                ProtectedPage.page(JobSearchWeekActivity.PLAN_PAGE, Audience.TEACHING,
                        JobSearchWeekActivity.PLAN_PAGE + placement),
                ProtectedPage.page(JobSearchWeekActivity.TODAY_PAGE, Audience.TAKING_PART,
                        JobSearchWeekActivity.TODAY_PAGE + placement));
    }
}
