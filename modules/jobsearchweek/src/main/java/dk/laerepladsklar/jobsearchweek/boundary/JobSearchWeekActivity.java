package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The job-search week as an activity a teacher can place: the shipped five-day programme, or an empty week the
 * teacher fills. The week is the whole; the activities placed inside it are its parts.
 */
@ApplicationScoped
public class JobSearchWeekActivity implements ActivityType {

    @Inject
    StudentWeeks students;

    public static final String TYPE = "job-search-week";
    public static final String BUNDLE = "dk.laerepladsklar.jobsearchweek.messages";
    /** The offer that starts from the shipped template. */
    public static final String TEMPLATE_OFFER = "template";
    /** The offer that starts empty. */
    public static final String EMPTY_OFFER = "empty";
    public static final String PLAN_PAGE = "/week/plan.xhtml";
    public static final String TODAY_PAGE = "/week/today.xhtml";
    public static final String PLACEMENT_PARAMETER = "placement";
    /** The week's column counts the share of its activities done; a hundred reads as a percentage. */
    public static final double SCORE_MAXIMUM = 100;
    /** A school week: five days of about six hours. */
    static final int ESTIMATED_MINUTES = 5 * 6 * 60;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return List.of(offerOf(TEMPLATE_OFFER, locale), offerOf(EMPTY_OFFER, locale));
    }

    private static ActivityOffer offerOf(String key, Locale locale) {
        return new ActivityOffer(new ActivityRef(TYPE, key),
                PageMessages.text(BUNDLE, locale, "offer." + key + ".title"),
                PageMessages.text(BUNDLE, locale, "offer." + key + ".description"),
                ESTIMATED_MINUTES, SCORE_MAXIMUM, List.of());
    }

    @Override
    public String studentPage(Placement placement) {
        return TODAY_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String teacherPage(Placement placement) {
        return PLAN_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    /** "3 af 7 opgaver lavet" and the next thing to do, counted as the student's week page counts them. */
    @Override
    public Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        return students.standing(placement, student);
    }
}
