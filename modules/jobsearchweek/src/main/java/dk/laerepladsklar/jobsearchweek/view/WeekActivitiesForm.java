package dk.laerepladsklar.jobsearchweek.view;

import static dk.laerepladsklar.jobsearchweek.view.TypedInput.cut;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.date;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.uuid;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.PlannedWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The week's activities of the tool and its tasks: adding one (an activity offered by the tool, or a task with a link),
 * changing their due dates and whether a part has its own gradebook column, taking one out.
 */
@Named
@ViewScoped
public class WeekActivitiesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    transient JobSearchWeeks weeks;
    @Inject
    WeekPlanView plan;

    private String offer;
    private String activityTitle;
    private String activityDue;
    private String taskTitle;
    private String taskLink;
    private String taskDue;
    /** The rows the page's fields write into, kept until the week is read again. */
    private List<ActivityRow> rows = new ArrayList<>();
    private int rowsOfReading = -1;

    /** The week's activities as rows, made again when the week was read again since. */
    private List<ActivityRow> rows() {
        if (rowsOfReading != plan.readings()) {
            PlannedWeek planned = plan.planned();
            rows = new ArrayList<>();
            for (WeekActivity activity : planned.activities()) {
                rows.add(new ActivityRow(activity, planned.partsWithOwnColumn()));
            }
            rowsOfReading = plan.readings();
        }
        return rows;
    }

    public List<ActivityRow> getActivities() {
        return rows();
    }

    /** The activities of the tool a week can hold, type by type, in the teacher's language. */
    public List<ActivityOffer> getOffers() {
        return weeks.partOffers(user.getLocale());
    }

    public String typeLabel(ActivityOffer offer) {
        return typeLabel(offer.ref().type());
    }

    private String typeLabel(String type) {
        return switch (type) {
            case "teaching-module", "role-play", "career-plan" -> plan.text("type." + type);
            default -> type;
        };
    }

    public void addActivity() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("offer");
        boolean saved = plan.change(() -> {
            ActivityRef ref = ActivityRef.parse(chosen).orElseThrow(() -> new WeekRefused("ACTIVITY_UNKNOWN"));
            weeks.addPart(plan.weekId(), user.current(), ref, cut(activityTitle), date(activityDue, "DUE_MISSING"));
            return "saved.activityAdded";
        });
        offer = chosen;
        if (saved) {
            offer = null;
            activityTitle = "";
        }
    }

    public void addTask() {
        boolean saved = plan.change(() -> {
            weeks.addTask(plan.weekId(), user.current(), cut(taskTitle), cut(taskLink), date(taskDue, "DUE_MISSING"));
            return "saved.taskAdded";
        });
        if (saved) {
            taskTitle = "";
            taskLink = "";
        }
    }

    /** Saves every activity row whose due date or own column changed. */
    public void saveActivities() {
        List<ActivityRow> changed = rows().stream().filter(ActivityRow::isChanged).toList();
        if (changed.isEmpty()) {
            plan.info("saved.nothing");
            return;
        }
        for (ActivityRow row : changed) {
            boolean saved = plan.changeActivity(() -> {
                weeks.changeActivity(plan.weekId(), user.current(), row.id, date(row.due, "DUE_MISSING"), row.ownColumn);
                return null;
            }, row.getTitle());
            if (!saved) {
                return;
            }
        }
        plan.info("saved.activities", changed.size());
        plan.reread();
    }

    public void removeActivity(String activityId) {
        plan.change(() -> {
            weeks.removeActivity(plan.weekId(), user.current(), uuid(activityId, "ACTIVITY_NOT_FOUND"));
            return "saved.activityRemoved";
        });
    }

    /** One activity as the page shows it; its due date and own column are fields the teacher may change. */
    public final class ActivityRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID id;
        private final String title;
        private final boolean task;
        private final String link;
        private final String type;
        private final String key;
        private final String savedDue;
        private final boolean savedOwnColumn;
        private String due;
        private boolean ownColumn;

        ActivityRow(WeekActivity activity, Set<UUID> ownColumns) {
            this.id = activity.getId();
            this.title = activity.getTitle();
            this.task = activity.isTask();
            this.link = activity instanceof WeekTask t ? t.getLink() : null;
            this.type = activity instanceof WeekPart p ? p.getActivity().type() : null;
            this.key = activity instanceof WeekPart p ? p.getActivity().toString() : null;
            this.savedDue = activity.getDueOn().toString();
            this.savedOwnColumn = activity instanceof WeekPart p && ownColumns.contains(p.getPartId());
            this.due = savedDue;
            this.ownColumn = savedOwnColumn;
        }

        boolean isChanged() {
            return !savedDue.equals(due == null ? "" : due.strip()) || savedOwnColumn != ownColumn;
        }

        public String getId() {
            return id.toString();
        }

        public String getTitle() {
            return title;
        }

        public boolean isTask() {
            return task;
        }

        public String getLink() {
            return link;
        }

        public String getActivity() {
            return key;
        }

        public String getKind() {
            return task ? plan.text("type.task") : typeLabel(type);
        }

        public String getDue() {
            return due;
        }

        public void setDue(String due) {
            this.due = due;
        }

        public boolean isOwnColumn() {
            return ownColumn;
        }

        public void setOwnColumn(boolean ownColumn) {
            this.ownColumn = ownColumn;
        }
    }

    public String getOffer() { return offer; }
    public String getActivityTitle() { return activityTitle; }
    public void setActivityTitle(String activityTitle) { this.activityTitle = activityTitle; }
    public String getActivityDue() { return activityDue; }
    public void setActivityDue(String activityDue) { this.activityDue = activityDue; }
    public String getTaskTitle() { return taskTitle; }
    public void setTaskTitle(String taskTitle) { this.taskTitle = taskTitle; }
    public String getTaskLink() { return taskLink; }
    public void setTaskLink(String taskLink) { this.taskLink = taskLink; }
    public String getTaskDue() { return taskDue; }
    public void setTaskDue(String taskDue) { this.taskDue = taskDue; }
}
