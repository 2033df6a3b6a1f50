package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.control.SearchTexts;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * The apprenticeship search as an activity a teacher can place once for a class: each student logs their applications
 * and keeps their placement status there. It scores nothing (a search is followed, not graded), so its link asks the
 * LMS for no gradebook column.
 */
@ApplicationScoped
public class ApprenticeshipSearchActivity implements ActivityType {

    public static final String TYPE = "apprenticeship-search";
    public static final String OFFER = "search";
    public static final String BUNDLE = SearchTexts.BUNDLE;
    public static final String SEARCH_PAGE = "/apprenticeship/search.xhtml";
    public static final String CASELOAD_PAGE = "/apprenticeship/caseload.xhtml";
    public static final String PLACEMENT_PARAMETER = "placement";
    /** A placement needs a positive maximum; the offer asks the LMS for no column, and nothing is ever scored. */
    static final double SCORE_MAXIMUM = 1;
    /** Logging an application takes a minute; the search itself runs for months. */
    static final int ESTIMATED_MINUTES = 5;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return List.of(new ActivityOffer(new ActivityRef(TYPE, OFFER),
                PageMessages.text(BUNDLE, locale, "offer.search.title"),
                PageMessages.text(BUNDLE, locale, "offer.search.description"),
                ESTIMATED_MINUTES, SCORE_MAXIMUM, List.of(), false));
    }

    @Override
    public String studentPage(Placement placement) {
        return SEARCH_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    /** Staff and mentors land on the course's caseload (a teacher tries the student's page from there). */
    @Override
    public String teacherPage(Placement placement) {
        return CASELOAD_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }
}
