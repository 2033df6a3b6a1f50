package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.access.Audience;
import dk.laerepladsklar.kernel.access.ProtectedPage;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The caseloads and a student's file, for the one page filter: a course's caseload for its staff and mentors; the
 * school's caseload for those who follow the school (its LMS administrators and consultants); a student's file and the
 * caseload's downloads and forms for anyone taking part (a consultant may be a student or mentor where they launched
 * from), since whose file, {@link StudentFiles} and {@code Access} decide: a student finds none.
 */
@ApplicationScoped
public class CaseloadPages implements ProtectedPages {

    public static final String SCHOOL_PAGE = "/apprenticeship/school.xhtml";
    public static final String STUDENT_PAGE = "/apprenticeship/student.xhtml";
    public static final String STUDENT_PARAMETER = "student";

    @Override
    public List<ProtectedPage> pages() {
        String placement = "?" + ApprenticeshipSearchActivity.PLACEMENT_PARAMETER + "={apprenticeship-search}";
        return List.of(
                ProtectedPage.page(ApprenticeshipSearchActivity.CASELOAD_PAGE, Audience.FOLLOWING,
                        ApprenticeshipSearchActivity.CASELOAD_PAGE + placement),
                ProtectedPage.page(SCHOOL_PAGE, Audience.FOLLOWING_SCHOOL, SCHOOL_PAGE),
                ProtectedPage.page(STUDENT_PAGE, Audience.TAKING_PART,
                        STUDENT_PAGE + placement + "&" + STUDENT_PARAMETER + "={student}"),
                ProtectedPage.resource(CaseloadResource.PATH + "*", Audience.TAKING_PART, 404,
                        CaseloadResource.PATH + "{apprenticeship-search}/caseload.csv"));
    }

    /** A student's file, from a course's caseload (with its placement) or from the school's (placement null). */
    public static String studentPage(UUID placement, String subject) {
        return STUDENT_PAGE + "?" + (placement == null ? ""
                : ApprenticeshipSearchActivity.PLACEMENT_PARAMETER + "=" + placement + "&")
                + STUDENT_PARAMETER + "=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }
}
