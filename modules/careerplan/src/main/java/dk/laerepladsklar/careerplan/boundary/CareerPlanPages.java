package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The career plan's pages for the one page filter: the plan for students (and staff trying it), the class view and
 * one student's plan for staff and mentors. Whose plan, {@code Access} decides in the façades.
 */
@ApplicationScoped
public class CareerPlanPages implements ProtectedPages {

    public static final String API = "/api/careerplan/";

    @Override
    public List<ProtectedPage> pages() {
        String placement = "?" + CareerPlanActivity.PLACEMENT_PARAMETER + "={career-plan}";
        return List.of(
                ProtectedPage.page("/careerplan/*", Audience.LEARNING, null),
                ProtectedPage.page(CareerPlanActivity.PLAN_PAGE, Audience.LEARNING,
                        CareerPlanActivity.PLAN_PAGE + placement),
                ProtectedPage.page(CareerPlanActivity.CLASS_PAGE, Audience.FOLLOWING,
                        CareerPlanActivity.CLASS_PAGE + placement),
                ProtectedPage.page(CareerPlanActivity.REVIEW_PAGE, Audience.FOLLOWING,
                        CareerPlanActivity.REVIEW_PAGE + placement + "&student={student}"),
                ProtectedPage.page(CareerProfiles.PAGE, Audience.LEARNING, CareerProfiles.PAGE + placement),
                ProtectedPage.page(ProfileCatalogue.PAGE, Audience.FOLLOWING_SCHOOL),
                ProtectedPage.resource(API + "*", Audience.TAKING_PART, 404, null),
                ProtectedPage.resource(ReviewResource.PATH + "*", Audience.FOLLOWING, 404, null));
    }
}
