package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.ApprenticeshipSearchActivity;
import dk.laerepladsklar.apprenticeship.boundary.CaseloadResource;
import dk.laerepladsklar.apprenticeship.boundary.Caseloads;
import dk.laerepladsklar.apprenticeship.boundary.SearchPlacement;
import dk.laerepladsklar.apprenticeship.boundary.Searches;
import dk.laerepladsklar.apprenticeship.entity.CourseTerm;
import dk.laerepladsklar.apprenticeship.entity.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * A course's caseload ({@code /apprenticeship/caseload.xhtml?placement=…}), the search's teacher page: every student of
 * the course for its staff, a mentor's mentees for a mentor (read-only). Staff set the course's term here (department,
 * GF2's end), which gives every student their deadline; those who follow the whole school switch to its caseload.
 */
@Named
@RequestScoped
public class CaseloadView extends CaseloadPage {

    @Inject
    Searches searches;
    @Inject
    Caseloads caseloads;

    private SearchPlacement placed;
    private boolean staff;

    @PostConstruct
    void init() {
        if (!user.isFollowingClass()) {
            return;
        }
        read();
        placed = searches.openToFollow(parameters.get(ApprenticeshipSearchActivity.PLACEMENT_PARAMETER), user.current())
                .orElse(null);
        if (placed != null) {
            today = Searches.today();
            caseload = caseloads.course(placed, user.current(), today);
            staff = caseloads.mayTeach(placed, user.current());
        }
    }

    public String getTitle() {
        return placed.title();
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isMentor() {
        return !staff;
    }

    public boolean isRosterRead() {
        return caseload.rosterRead();
    }

    public boolean isFollowingSchool() {
        return user.isFollowingSchool();
    }

    public String getSchoolUrl() {
        return user.withContext(contextPath() + dk.laerepladsklar.apprenticeship.boundary.CaseloadPages.SCHOOL_PAGE);
    }

    /** The student's page, as staff try it (their own search, a preview). */
    public String getTryUrl() {
        return user.withContext(contextPath() + ApprenticeshipSearchActivity.SEARCH_PAGE + "?"
                + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER + "=" + placed.placementId());
    }

    @Override
    protected UUID placementId() {
        return placed.placementId();
    }

    @Override
    protected String page() {
        return ApprenticeshipSearchActivity.CASELOAD_PAGE + "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER + "="
                + placed.placementId();
    }

    @Override
    public String getCsvUrl() {
        return user.withContext(contextPath() + CaseloadResource.PATH + placed.placementId() + "/caseload.csv"
                + (filter == dk.laerepladsklar.apprenticeship.control.CaseloadFilter.ALL ? "" : "?filter=" + filter.key()));
    }

    // --- the course's term -----------------------------------------------------------------------------------------

    public CourseTerm getTerm() {
        return caseload.term();
    }

    public String getTermDepartment() {
        return caseload.term() == null || caseload.term().getDepartmentName() == null ? "" : caseload.term().getDepartmentName();
    }

    public String getTermGf2End() {
        return caseload.term() == null ? "" : caseload.term().getGf2EndsOn().toString();
    }

    public String getTermDeadline() {
        return caseload.term() == null ? "" : text("caseload.term.deadline", date(caseload.term().seekingDeadline()),
                date(caseload.term().getGf2EndsOn()));
    }

    public String getTermAction() {
        return user.withContext(contextPath() + CaseloadResource.PATH + placed.placementId() + "/term");
    }

    public int getMaxDepartment() {
        return Texts.DEPARTMENT;
    }
}
