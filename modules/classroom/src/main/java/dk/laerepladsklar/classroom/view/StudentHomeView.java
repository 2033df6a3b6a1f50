package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.boundary.StudentActivities;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.activity.StudentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Mit forløb": the student's own page in the course of this page's launch, listing every activity placed there with
 * how far they are, what comes next and a link into it that keeps the launch (so it opens in the same course and
 * language).
 */
@Named
@RequestScoped
public class StudentHomeView {

    @Inject
    SignedInUser user;
    @Inject
    StudentActivities activities;

    private List<StudentActivities.Item> items;

    public String getGreetingName() {
        return user.getDisplayName();
    }

    public boolean isNameKnown() {
        return !user.getDisplayName().isBlank();
    }

    public String getCourseTitle() {
        return user.getCourseTitle();
    }

    public List<StudentActivities.Item> getActivities() {
        if (items == null) {
            items = activities.of(user.current());
        }
        return items;
    }

    public String stateOf(StudentActivities.Item item) {
        return item.state().label(user.getLocale());
    }

    /** "3 af 8 trin", or "40 % klaret" for an activity that does not count steps. */
    public String progressOf(StudentActivities.Item item) {
        return item.parts() == null
                ? text("student.activity.percent", item.percent())
                : text("student.activity.steps", item.partsDone(), item.parts());
    }

    /** The next step's title, or that the student is done. */
    public String nextOf(StudentActivities.Item item) {
        if (item.state() == StudentState.DONE) {
            return text("student.activity.done");
        }
        return item.next() == null ? "" : text("student.activity.next", item.next());
    }

    /** What the link says: start, carry on, or look again. */
    public String actionOf(StudentActivities.Item item) {
        return text("student.activity.action." + switch (item.state()) {
            case NOT_OPENED -> "start";
            case OPENED, STARTED -> "continue";
            case AWAITING_REVIEW, DONE -> "review";
        });
    }

    /** The activity's page, with this page's launch context. */
    public String urlOf(StudentActivities.Item item) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + item.page());
    }

    private String text(String key, Object... arguments) {
        return PageMessages.text(ContentSelectionView.BUNDLE, user.getLocale(), key, arguments);
    }
}
