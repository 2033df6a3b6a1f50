package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * The job café as an activity a teacher can place: a recurring session (say every Thursday) that students without an
 * apprenticeship must come to and the others may. The teacher's page sets the time and place and ticks who has an
 * apprenticeship; a student's page says when the next café is and whether they must come. It keeps no score: its
 * column in the LMS stays empty, attendance is its record.
 */
@ApplicationScoped
public class JobCafeActivity implements ActivityType {

    public static final String TYPE = "job-cafe";
    public static final String OFFER = "cafe";
    public static final String CAFE_PAGE = "/week/cafe.xhtml";
    public static final String STUDENT_PAGE = "/week/my-cafe.xhtml";
    /** A placement needs a positive maximum; the offer asks the LMS for no column, and nothing is ever scored. */
    static final double SCORE_MAXIMUM = 1;
    static final int ESTIMATED_MINUTES = 90;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return List.of(new ActivityOffer(new ActivityRef(TYPE, OFFER),
                PageMessages.text(JobSearchWeekActivity.BUNDLE, locale, "offer.cafe.title"),
                PageMessages.text(JobSearchWeekActivity.BUNDLE, locale, "offer.cafe.description"),
                ESTIMATED_MINUTES, SCORE_MAXIMUM, List.of(), false));
    }

    @Override
    public String studentPage(Placement placement) {
        return STUDENT_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String teacherPage(Placement placement) {
        return CAFE_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + placement.getId();
    }
}
