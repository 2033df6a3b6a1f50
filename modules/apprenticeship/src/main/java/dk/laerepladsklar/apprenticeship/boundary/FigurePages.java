package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The school's figures and their downloads, for the one page filter: for those who follow the whole school (its LMS
 * administrators and its consultants, whatever their role where they launched from). Which school, {@link FigureQueries}
 * decides: always the launch's own.
 */
@ApplicationScoped
public class FigurePages implements ProtectedPages {

    public static final String PAGE = "/apprenticeship/figures.xhtml";
    public static final String YEAR_PARAMETER = "year";

    @Override
    public List<ProtectedPage> pages() {
        return List.of(
                ProtectedPage.page(PAGE, Audience.FOLLOWING_SCHOOL, PAGE),
                ProtectedPage.resource(FiguresResource.CSV, Audience.FOLLOWING_SCHOOL, 403, FiguresResource.CSV),
                ProtectedPage.resource(FiguresResource.PDF, Audience.FOLLOWING_SCHOOL, 403, FiguresResource.PDF),
                ProtectedPage.resource(FiguresResource.PATH + "*", Audience.FOLLOWING_SCHOOL, 404, null));
    }
}
