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
