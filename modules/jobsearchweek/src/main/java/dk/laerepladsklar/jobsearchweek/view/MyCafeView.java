package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.Cafes;
import dk.laerepladsklar.jobsearchweek.boundary.JobCafeActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.Opened;
import dk.laerepladsklar.jobsearchweek.boundary.Placed;
import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Set;

/**
 * A student's café page ({@code /week/my-cafe.xhtml?placement=…}): when and where the next café is, and in plain words
 * whether they must come (no apprenticeship yet) or are welcome.
 */
@Named
@RequestScoped
public class MyCafeView {

    @Inject
    SignedInUser user;
    @Inject
    Opened opened;
    @Inject
    Cafes cafes;

    private Placed placed;
    private JobCafe cafe;
    private JobCafe.Occurrence next;
    private boolean mustAttend;

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(JobSearchWeekActivity.PLACEMENT_PARAMETER);
        placed = opened.toTakePart(id, user.current(), Set.of(JobCafeActivity.TYPE)).orElse(null);
        if (placed != null) {
            cafe = cafes.find(placed).orElse(null);
            next = cafe == null ? null : cafe.next(Instant.now()).orElse(null);
            mustAttend = cafes.verdict(placed.course(), user.actor().subject()).mustAttend();
        }
    }

    public boolean isFound() {
        return placed != null;
    }

    public String getTitle() {
        return placed.title();
    }

    public boolean isScheduled() {
        return cafe != null;
    }

    public boolean isComing() {
        return next != null;
    }

    public String getNextWhen() {
        return FollowUpTexts.when(next.starts(), next.ends(), user.getLocale());
    }

    public String getNextDate() {
        return next.date().toString();
    }

    public String getPlace() {
        return cafe.getPlace();
    }

    public boolean isMustAttend() {
        return mustAttend;
    }

    public String getVerdict() {
        return FollowUpTexts.text(user.getLocale(), mustAttend ? "mycafe.must" : "mycafe.welcome");
    }
}
