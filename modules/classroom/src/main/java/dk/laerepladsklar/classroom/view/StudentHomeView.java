package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.boundary.StudentActivities;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.activity.StudentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import dk.laerepladsklar.kernel.reminder.Reminder;
import dk.laerepladsklar.kernel.reminder.Reminders;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "Mit forløb": the student's own page in the course of this page's launch, listing every activity placed there with
 * how far they are, what comes next and a link into it that keeps the launch (so it opens in the same course and
 * language). Above them, "Husk": what the capabilities remind the student of ({@link Reminders}), overdue first, each
 * with its day and a link that keeps the launch; nothing at all when there is nothing to remember.
 */
@Named
@RequestScoped
public class StudentHomeView {

    @Inject
    SignedInUser user;
    @Inject
    StudentActivities activities;
    @Inject
    Reminders reminders;

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private List<StudentActivities.Item> items;
    private List<Reminder> due;

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

    /** What the student should remember, overdue first; empty when nothing is due. */
    public List<Reminder> getReminders() {
        if (due == null) {
            due = reminders.dueFor(user.current());
        }
        return due;
    }

    public boolean isOverdue(Reminder reminder) {
        return reminder.isOverdue(LocalDate.now(DANISH_TIME));
    }

    /** "Senest 12. mar. 2025", or "Overskredet: …" for a day that has passed. */
    public String dueOf(Reminder reminder) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.getLocale()).format(reminder.due());
        return text(isOverdue(reminder) ? "student.reminders.overdue" : "student.reminders.due", day);
    }

    /** The reminder's page of this tool, with this page's launch context. */
    public String urlOf(Reminder reminder) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + reminder.href());
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
