package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The teaching modules' pages for the one page filter: the player for students (and staff, as a preview), the
 * overview for staff and mentors, handed-in files for whoever may read that student's work (a refused download
 * looks like a missing file). Which placement and which student's work, {@code Access} decides in the pages.
 */
@ApplicationScoped
public class CurriculumPages implements ProtectedPages {

    @Override
    public List<ProtectedPage> pages() {
        return List.of(
                ProtectedPage.page("/modules/*", Audience.LEARNING, null),
                ProtectedPage.page(TeachingModules.PLAY_PAGE, Audience.LEARNING,
                        TeachingModules.PLAY_PAGE + "?" + TeachingModules.PLACEMENT_PARAMETER + "={placement}"),
                ProtectedPage.page(TeachingModules.OVERVIEW_PAGE, Audience.FOLLOWING,
                        TeachingModules.OVERVIEW_PAGE + "?" + TeachingModules.PLACEMENT_PARAMETER + "={placement}"),
                ProtectedPage.resource(ModuleFilesResource.FILES + "*", Audience.TAKING_PART, 404,
                        ModuleFilesResource.FILES + "{file}"));
    }
}
