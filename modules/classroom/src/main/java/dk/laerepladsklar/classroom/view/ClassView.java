package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.boundary.ClassOverviews;
import dk.laerepladsklar.classroom.control.Overview;
import dk.laerepladsklar.classroom.control.TeacherCodes;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.PlacementLookup;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The class page: every student of the course of this page's launch and their progress in each placed activity.
 * A teacher sees the whole class and may act (choose an activity for the link, refresh the roster, retry a score);
 * a mentor sees only their own mentees, read-only. Every action works on the launch the page came from.
 */
@Named
@ViewScoped
public class ClassView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    ClassOverviews overviews;
    @Inject
    ActivityTypes activityTypes;
    @Inject
    PlacementLookup placements;

    private Overview overview;
    /** The link's "show points as they grow" setting; null when this person may not set it here. */
    private Boolean growingPoints;

    @PostConstruct
    void init() {
        overview = overviews.of(user.current(), false);
        growingPoints = overviews.growingPoints(user.current()).orElse(null);
    }

    /** Whether the teacher can choose how this link's points in progress reach the gradebook. */
    public boolean isGrowingPointsChoice() {
        return growingPoints != null;
    }

    public boolean isGrowingPoints() {
        return Boolean.TRUE.equals(growingPoints);
    }

    public void setGrowingPoints(boolean growingPoints) {
        if (this.growingPoints != null) {
            this.growingPoints = growingPoints;
        }
    }

    /** Saves "show points as they grow" for this page's link. */
    public void saveGrowingPoints() {
        if (growingPoints == null || !overviews.gradeGrowingPoints(user.current(), growingPoints)) {
            return;
        }
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(),
                growingPoints ? "gradebook.growing.saved.on" : "gradebook.growing.saved.off");
    }

    /** Whether this person may act on the class (a teacher); a mentor only looks. */
    public boolean isMayAct() {
        return overviews.mayAct(user.current());
    }

    public boolean isMentor() {
        return user.isMentor();
    }

    public void refreshRoster() {
        if (!isMayAct()) {
            return;
        }
        overview = overviews.of(user.current(), true);
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "overview.refreshed");
    }

    public void retry(String placementId, String studentSubject) {
        if (!isMayAct()) {
            return;
        }
        UUID placement;
        try {
            placement = UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return;
        }
        overviews.retrySync(user.current(), placement, studentSubject);
        overview = overviews.of(user.current(), false);
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "overview.retrying");
    }

    /** The link was launched without an activity (added by hand, or from the course menu): the teacher picks one. */
    public boolean isLinkWithoutActivity() {
        LaunchContext launch = user.current();
        return isMayAct() && launch.link() != null && launch.course() != null && launch.placement().isEmpty();
    }

    public List<ActivityOffer> getOffers() {
        return isLinkWithoutActivity() ? activityTypes.offers(user.getLocale()) : List.of();
    }

    /** Ties this page's link to the chosen activity and opens the activity's teacher page. */
    public String choose(String activity) {
        Optional<ActivityOffer> offer = ActivityRef.parse(activity).flatMap(ref -> activityTypes.offer(ref, user.getLocale()));
        if (offer.isEmpty() || !isLinkWithoutActivity()) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "select.none");
            return null;
        }
        Placement placement = placements.chooseFor(user.current(), offer.get().ref(), offer.get().title(),
                offer.get().scoreMaximum());
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

    /** The CSV export of this launch's class. */
    public String getExportUrl() {
        return user.withContext(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath() + "/api/classroom/overview.csv");
    }

    public List<Overview.Column> getColumns() {
        return overview.columns();
    }

    public List<Overview.StudentRow> getRows() {
        return overview.rows();
    }

    /** The student's state in one activity, in the words every page uses (the module overview says the same). */
    public String stateOf(Overview.Cell cell) {
        return cell.state().label(user.getLocale());
    }

    public boolean isRosterMissing() {
        return overview.rosterProblem() != null;
    }

    public String getRosterProblem() {
        return overview.rosterProblem();
    }

    public boolean isNamesMissing() {
        return overview.isNamesMissing();
    }

    /** The codes on this page a teacher needs explained (the class list's problem, each refused score's). */
    public List<String> getCodes() {
        return overview.codes();
    }

    /** What a code means and what to do, in the launch's language; the code itself stays visible for IT support. */
    public String explain(String code) {
        return TeacherCodes.explanation(code, user.getLocale());
    }

    public String getNamesExplanation() {
        return StudentLabels.explanation(user.getLocale());
    }
}
