package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The student's side of the week for the one page filter: the task ticks, for students (and staff trying the week).
 * The "I dag" page itself is the week's student page ({@link WeekPages}); whose week it shows, {@code Access} decides
 * in {@link StudentWeeks}.
 */
@ApplicationScoped
public class TodayPages implements ProtectedPages {

    @Override
    public List<ProtectedPage> pages() {
        return List.of(ProtectedPage.resource(TickResource.PATH + "*", Audience.LEARNING, 404, null));
    }
}
