package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The student's search page and its form posts, for the one page filter: students (and staff trying it as a preview);
 * the course term's form post for the course's staff.
 * Whose applications, {@code Access} decides in the façade: a student only ever their own.
 */
@ApplicationScoped
public class SearchPages implements ProtectedPages {

    public static final String API = "/api/apprenticeship/";

    @Override
    public List<ProtectedPage> pages() {
        String placement = "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER + "={apprenticeship-search}";
        return List.of(
                ProtectedPage.page("/apprenticeship/*", Audience.TAKING_PART, null),
                ProtectedPage.page(ApprenticeshipSearchActivity.SEARCH_PAGE, Audience.LEARNING,
                        ApprenticeshipSearchActivity.SEARCH_PAGE + placement),
                ProtectedPage.resource(API + "search/*", Audience.LEARNING, 404, null),
                ProtectedPage.resource(API + "term/*", Audience.TEACHING, 404, null));
    }
}
