package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.boundary.ClassOverviews;
import dk.laerepladsklar.classroom.control.Overview;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The teacher's class page: every student of the course and their progress in each placed activity. */
@Named
@ViewScoped
public class ClassView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    ClassOverviews overviews;
    @Inject
    dk.laerepladsklar.kernel.activity.ActivityTypes activityTypes;
    @Inject
    dk.laerepladsklar.kernel.activity.PlacementLookup placements;

    private Overview overview;

    @PostConstruct
    void init() {
        overview = overviews.of(user.current(), false);
    }

    public void refreshRoster() {
        overview = overviews.of(user.current(), true);
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "overview.refreshed");
    }

    public void retry(String placementId, String studentSubject) {
        overviews.retrySync(user.current(), UUID.fromString(placementId), studentSubject);
        overview = overviews.of(user.current(), false);
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "overview.retrying");
    }

    /** The link was launched without an activity (added by hand, or from the course menu): the teacher picks one. */
    public boolean isLinkWithoutActivity() {
        dk.laerepladsklar.lti.api.Launch launch = user.current();
        return launch.resourceLink() != null && launch.context() != null && user.placement().isEmpty();
    }

    public List<dk.laerepladsklar.kernel.activity.ActivityOffer> getOffers() {
        return isLinkWithoutActivity() ? activityTypes.offers(user.getLocale()) : List.of();
    }

    /** Ties this link to the chosen activity and opens the activity's teacher page. */
    public String choose(String activity) {
        dk.laerepladsklar.lti.api.Launch launch = user.current();
        var offer = dk.laerepladsklar.kernel.activity.ActivityRef.parse(activity)
                .flatMap(ref -> activityTypes.offer(ref, user.getLocale()));
        if (offer.isEmpty() || !isLinkWithoutActivity()) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "select.none");
            return null;
        }
        var placement = placements.chooseFor(launch, offer.get().ref(), offer.get().title(), offer.get().scoreMaximum());
        user.openPlacement(placement.getId());
        return activityTypes.find(placement.getActivity().type())
                .map(type -> type.teacherPage(placement) + (type.teacherPage(placement).contains("?") ? "&" : "?") + "faces-redirect=true")
                .orElse(null);
    }

    public String getCourseTitle() {
        return user.getCourseTitle();
    }

    public String getTeacherName() {
        return user.getDisplayName();
    }

    public List<Overview.Column> getColumns() {
        return overview.columns();
    }

    public List<Overview.StudentRow> getRows() {
        return overview.rows();
    }

    public boolean isRosterMissing() {
        return overview.rosterProblem() != null;
    }

    public String getRosterProblem() {
        return overview.rosterProblem();
    }
}
