package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.CaseloadPages;
import dk.laerepladsklar.apprenticeship.boundary.CaseloadResource;
import dk.laerepladsklar.apprenticeship.boundary.Caseloads;
import dk.laerepladsklar.apprenticeship.boundary.Searches;
import dk.laerepladsklar.apprenticeship.control.CaseloadFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * The school's caseload ({@code /apprenticeship/school.xhtml}): for its LMS administrators and consultants, every
 * student of the school who opened the search, grouped by the course they opened it from last, with the course's
 * department.
 */
@Named
@RequestScoped
public class SchoolCaseloadView extends CaseloadPage {

    @Inject
    Caseloads caseloads;

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        read();
        today = Searches.today();
        caseload = caseloads.school(user.current(), today).orElse(null);
    }

    @Override
    protected UUID placementId() {
        return null;
    }

    @Override
    protected String page() {
        return CaseloadPages.SCHOOL_PAGE;
    }

    @Override
    public String getCsvUrl() {
        return user.withContext(contextPath() + CaseloadResource.PATH + "school.csv"
                + (filter == CaseloadFilter.ALL ? "" : "?filter=" + filter.key()));
    }
}
