package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.PlannedWeek;
import dk.laerepladsklar.jobsearchweek.boundary.StartOption;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekDay;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The teacher's plan of a placed week ({@code /week/plan.xhtml?placement=…}): the week's title, first day and number
 * of days; day by day its sessions, which the teacher adds, changes, moves to another day or time and removes; the
 * activities of the tool and tasks with their due dates (a part's own gradebook column); starting an empty week from
 * a template or another of the teacher's weeks; saving it as the school's template.
 *
 * <p>Every form keeps what was typed when it is refused: the message says what to change, nothing is lost. Each
 * action goes through {@link JobSearchWeeks}, which checks again that the launch may plan this week.
 */
@Named
@ViewScoped
public class WeekPlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WeekPlanView.class);
    static final String BUNDLE = JobSearchWeekActivity.BUNDLE;
    /** A field longer than this is not read at all (the entities cap far lower); a pasted novel stays in the form. */
    private static final int MAX_INPUT = 20_000;

    @Inject
    SignedInUser user;
    @Inject
    transient JobSearchWeeks weeks;

    private UUID weekId;
    private boolean found;
    private PlannedWeek planned;

    // the week
    private String title;
    private String firstDay;
    private String dayCount;
    // a session being added or changed
    private UUID editing;
    private String sessionDate;
    private String sessionStart;
    private String sessionEnd;
    private String sessionTitle;
    private String sessionPlace;
    private String sessionLink;
    private String sessionHost;
    private String sessionBring;
    // an activity of the tool, a task
    private String offer;
    private String activityTitle;
    private String activityDue;
    private String taskTitle;
    private String taskLink;
    private String taskDue;
    private List<ActivityRow> activityRows = new ArrayList<>();
    // start from, save as template
    private String startOption;
    private String templateName;

    @PostConstruct
    void init() {
        String placement = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(JobSearchWeekActivity.PLACEMENT_PARAMETER);
        if (!user.isStaff()) {
            return;
        }
        weeks.openToPlan(placement, user.current()).ifPresent(week -> {
            weekId = week.week().getPlacementId();
            found = true;
            show(week);
            resetWeekForm();
            resetSessionForm();
        });
    }

    /**
     * A mentor opens the week's link and lands here (the week's teacher page, as for every activity): the plan is the
     * staff's, so the mentor goes on to the week's page, where they see their mentees' week read-only.
     */
    public String mentorsToTheWeek() {
        if (!user.isMentor() || user.isStaff()) {
            return null;
        }
        String placement = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(JobSearchWeekActivity.PLACEMENT_PARAMETER);
        UUID id;
        try {
            id = placement == null ? null : UUID.fromString(placement);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        return id == null ? null : JobSearchWeekActivity.TODAY_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "="
                + id + "&faces-redirect=true";
    }

    private void reload() {
        weeks.find(weekId).ifPresent(this::show);
    }

    private void show(PlannedWeek week) {
        planned = week;
        activityRows = new ArrayList<>();
        for (WeekActivity activity : week.activities()) {
            activityRows.add(new ActivityRow(activity, week.partsWithOwnColumn()));
        }
    }

    private void resetWeekForm() {
        JobSearchWeek week = planned.week();
        title = week.getTitle();
        firstDay = week.getFirstDay().toString();
        dayCount = String.valueOf(week.getDayCount());
    }

    private void resetSessionForm() {
        editing = null;
        sessionDate = planned.week().getFirstDay().toString();
        sessionStart = "";
        sessionEnd = "";
        sessionTitle = "";
        sessionPlace = "";
        sessionLink = "";
        sessionHost = "";
        sessionBring = "";
    }

    // --- what the page shows ----------------------------------------------------------------------------------------

    public boolean isFound() {
        return found;
    }

    public JobSearchWeek getWeek() {
        return planned.week();
    }

    /** Nothing planned yet: the page offers to start from a template or another week ("empty" is a word of EL). */
    public boolean isUnplanned() {
        return planned.isEmpty();
    }

    public String getDates() {
        return text("plan.dates", dayLabel(planned.week().getFirstDay()), dayLabel(planned.week().getLastDay()),
                planned.week().getDayCount());
    }

    public List<DayRow> getDays() {
        List<DayRow> days = new ArrayList<>();
        for (WeekDay day : planned.week().days()) {
            List<SessionRow> sessions = planned.sessions().stream().filter(s -> s.getDay() == day.number())
                    .map(SessionRow::new).toList();
            days.add(new DayRow(day.number(), day.date().toString(), dayLabel(day.date()), day.theme(), sessions));
        }
        return days;
    }

    public List<ActivityRow> getActivities() {
        return activityRows;
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
            case "teaching-module", "role-play", "career-plan" -> text("type." + type);
            default -> type;
        };
    }

    public List<StartOption> getStartOptions() {
        return weeks.startOptions(weekId, user.current());
    }

    public String optionLabel(StartOption option) {
        return switch (option.kind()) {
            case SHIPPED -> text("start.shipped", option.name(), text("language." + option.detail()));
            case SCHOOL -> text("start.school", option.name(), option.detail());
            case WEEK -> text("start.week", option.name(), option.detail());
        };
    }

    public String getFirstDayMin() {
        return planned.week().getFirstDay().toString();
    }

    public String getLastDayMax() {
        return planned.week().getLastDay().toString();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingId() {
        return editing == null ? "" : editing.toString();
    }

    public String getTodayUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + JobSearchWeekActivity.TODAY_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + weekId);
    }

    // --- actions ----------------------------------------------------------------------------------------------------

    public void saveWeek() {
        boolean saved = act(() -> {
            LocalDate day = date(firstDay, "WEEK_FIRST_DAY_MISSING");
            int count = whole(dayCount);
            weeks.changeWeek(weekId, user.current(), cut(title), day, count);
            return "saved.week";
        });
        if (saved) {
            resetWeekForm();
        }
    }

    public void saveSession() {
        UUID changing = editing;
        boolean saved = act(() -> {
            LocalDate day = date(sessionDate, "SESSION_DAY_MISSING");
            LocalTime start = time(sessionStart);
            LocalTime end = time(sessionEnd);
            SessionDetails details = new SessionDetails(cut(sessionTitle), cut(sessionPlace), cut(sessionLink),
                    cut(sessionHost), cut(sessionBring));
            if (changing == null) {
                weeks.addSession(weekId, user.current(), day, start, end, details);
                return "saved.sessionAdded";
            }
            weeks.changeSession(weekId, user.current(), changing, day, start, end, details);
            return "saved.sessionChanged";
        });
        if (saved) {
            resetSessionForm();
        }
    }

    /** Fills the session form with this session, to change or move it. */
    public void edit(String sessionId) {
        planned.sessions().stream().filter(s -> s.getId().toString().equals(sessionId)).findFirst().ifPresentOrElse(s -> {
            editing = s.getId();
            sessionDate = planned.week().dateOf(s.getDay()).toString();
            sessionStart = s.getStart().toString();
            sessionEnd = s.getEnd().toString();
            sessionTitle = s.getTitle();
            sessionPlace = orEmpty(s.getPlace());
            sessionLink = orEmpty(s.getOnlineLink());
            sessionHost = orEmpty(s.getHost());
            sessionBring = orEmpty(s.getBring());
        }, () -> refuse("SESSION_NOT_FOUND"));
    }

    public void cancelEdit() {
        resetSessionForm();
    }

    public void removeSession(String sessionId) {
        act(() -> {
            weeks.removeSession(weekId, user.current(), uuid(sessionId, "SESSION_NOT_FOUND"));
            return "saved.sessionRemoved";
        });
        if (editing != null && editing.toString().equals(sessionId)) {
            resetSessionForm();
        }
    }

    public void saveTheme(DayRow day) {
        act(() -> {
            weeks.theme(weekId, user.current(), day.getNumber(), cut(day.getTheme()));
            return "saved.theme";
        });
    }

    public void addActivity() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("offer");
        boolean saved = act(() -> {
            ActivityRef ref = ActivityRef.parse(chosen).orElseThrow(() -> new WeekRefused("ACTIVITY_UNKNOWN"));
            weeks.addPart(weekId, user.current(), ref, cut(activityTitle), date(activityDue, "DUE_MISSING"));
            return "saved.activityAdded";
        });
        offer = chosen;
        if (saved) {
            offer = null;
            activityTitle = "";
        }
    }

    public void addTask() {
        boolean saved = act(() -> {
            weeks.addTask(weekId, user.current(), cut(taskTitle), cut(taskLink), date(taskDue, "DUE_MISSING"));
            return "saved.taskAdded";
        });
        if (saved) {
            taskTitle = "";
            taskLink = "";
        }
    }

    /** Saves every activity row whose due date or own column changed. */
    public void saveActivities() {
        List<ActivityRow> changed = activityRows.stream().filter(ActivityRow::isChanged).toList();
        if (changed.isEmpty()) {
            PageMessages.info(BUNDLE, user.getLocale(), "saved.nothing");
            return;
        }
        for (ActivityRow row : changed) {
            boolean saved = act(() -> {
                weeks.changeActivity(weekId, user.current(), row.id, date(row.due, "DUE_MISSING"), row.ownColumn);
                return null;
            }, row);
            if (!saved) {
                return;
            }
        }
        PageMessages.info(BUNDLE, user.getLocale(), "saved.activities", changed.size());
        reload();
    }

    public void removeActivity(String activityId) {
        act(() -> {
            weeks.removeActivity(weekId, user.current(), uuid(activityId, "ACTIVITY_NOT_FOUND"));
            return "saved.activityRemoved";
        });
    }

    public void startFrom() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("start-option");
        act(() -> {
            int leftOut = weeks.startFrom(weekId, user.current(), chosen);
            if (leftOut > 0) {
                PageMessages.warning(BUNDLE, user.getLocale(), "saved.leftOut", leftOut);
            }
            return "saved.started";
        });
    }

    public void saveTemplate() {
        boolean saved = act(() -> {
            weeks.saveAsSchoolTemplate(weekId, user.current(), cut(templateName));
            return "saved.template";
        });
        if (saved) {
            templateName = "";
        }
    }

    private boolean act(Supplier<String> action) {
        return act(action, null);
    }

    /**
     * Runs an action; a refusal becomes a message in the teacher's language and the form keeps what was typed.
     *
     * @return whether it was done
     */
    private boolean act(Supplier<String> action, ActivityRow row) {
        try {
            String done = action.get();
            if (done != null) {
                PageMessages.info(BUNDLE, user.getLocale(), done);
            }
            if (row == null) {
                reload();
            }
            return true;
        } catch (WeekRefused refused) {
            LOG.infof("Week plan change refused: %s", refused.reason());
            refuse(refused.reason(), row);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (RuntimeException e) {
            WeekRefused refused = causeOf(e);
            if (refused == null) {
                throw e;
            }
            LOG.infof("Week plan change refused: %s", refused.reason());
            refuse(refused.reason(), row);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    /** A refusal from inside a transaction arrives wrapped. */
    private static WeekRefused causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WeekRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private void refuse(String reason) {
        refuse(reason, null);
    }

    private void refuse(String reason, ActivityRow row) {
        String key = "refused." + reason;
        String sentence;
        try {
            sentence = text(key);
        } catch (java.util.MissingResourceException unknown) {
            sentence = text("refused.OTHER");
        }
        if (row != null) {
            sentence = text("refused.onActivity", row.getTitle(), sentence);
        }
        PageMessages.error(BUNDLE, user.getLocale(), "refused.sentence", sentence);
    }

    // --- parsing what was typed -------------------------------------------------------------------------------------

    private static LocalDate date(String value, String missing) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new WeekRefused(missing);
        }
        try {
            return v.length() > 10 ? failDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new WeekRefused("BAD_DATE");
        }
    }

    private static LocalDate failDate() {
        throw new WeekRefused("BAD_DATE");
    }

    private static LocalTime time(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new WeekRefused("SESSION_TIME_MISSING");
        }
        try {
            if (v.length() > 8) {
                throw new WeekRefused("BAD_TIME");
            }
            return LocalTime.parse(v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v.replace('.', ':'));
        } catch (DateTimeParseException e) {
            throw new WeekRefused("BAD_TIME");
        }
    }

    private static int whole(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d{1,2}")) {
            throw new WeekRefused("WEEK_DAY_COUNT");
        }
        return Integer.parseInt(v);
    }

    /** What was typed, unless it is far beyond any field's cap: then a text the entities refuse as too long. */
    private static String cut(String value) {
        return value == null || value.length() <= MAX_INPUT ? value : value.substring(0, MAX_INPUT);
    }

    private static UUID uuid(String value, String reason) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WeekRefused(reason);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private String text(String key, Object... arguments) {
        return PageMessages.text(BUNDLE, user.getLocale(), key, arguments);
    }

    private String dayLabel(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("format.day"), user.getLocale()).format(date);
    }

    // --- rows -------------------------------------------------------------------------------------------------------

    /** One day of the week on the page, with its sessions; its theme is a field the teacher may change. */
    public static final class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String date;
        private final String label;
        private String theme;
        private final List<SessionRow> sessions;

        DayRow(int number, String date, String label, String theme, List<SessionRow> sessions) {
            this.number = number;
            this.date = date;
            this.label = label;
            this.theme = theme;
            this.sessions = sessions;
        }

        public int getNumber() {
            return number;
        }

        public String getDate() {
            return date;
        }

        public String getLabel() {
            return label;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = theme;
        }

        public List<SessionRow> getSessions() {
            return sessions;
        }
    }

    /** One session as the page shows it. */
    public static final class SessionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final int day;
        private final String start;
        private final String end;
        private final String title;
        private final String place;
        private final String link;
        private final String host;
        private final String bring;

        SessionRow(WeekSession session) {
            this.id = session.getId().toString();
            this.day = session.getDay();
            this.start = session.getStart().toString();
            this.end = session.getEnd().toString();
            this.title = session.getTitle();
            this.place = session.getPlace();
            this.link = session.getOnlineLink();
            this.host = session.getHost();
            this.bring = session.getBring();
        }

        public String getId() {
            return id;
        }

        public int getDay() {
            return day;
        }

        public String getStart() {
            return start;
        }

        public String getEnd() {
            return end;
        }

        public String getTitle() {
            return title;
        }

        public String getPlace() {
            return place;
        }

        public String getLink() {
            return link;
        }

        public String getHost() {
            return host;
        }

        public String getBring() {
            return bring;
        }
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

        ActivityRow(WeekActivity activity, java.util.Set<UUID> ownColumns) {
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
            return task ? text("type.task") : typeLabel(type);
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

    // --- form fields ------------------------------------------------------------------------------------------------

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getDayCount() { return dayCount; }
    public void setDayCount(String dayCount) { this.dayCount = dayCount; }
    public String getSessionDate() { return sessionDate; }
    public void setSessionDate(String sessionDate) { this.sessionDate = sessionDate; }
    public String getSessionStart() { return sessionStart; }
    public void setSessionStart(String sessionStart) { this.sessionStart = sessionStart; }
    public String getSessionEnd() { return sessionEnd; }
    public void setSessionEnd(String sessionEnd) { this.sessionEnd = sessionEnd; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String sessionTitle) { this.sessionTitle = sessionTitle; }
    public String getSessionPlace() { return sessionPlace; }
    public void setSessionPlace(String sessionPlace) { this.sessionPlace = sessionPlace; }
    public String getSessionLink() { return sessionLink; }
    public void setSessionLink(String sessionLink) { this.sessionLink = sessionLink; }
    public String getSessionHost() { return sessionHost; }
    public void setSessionHost(String sessionHost) { this.sessionHost = sessionHost; }
    public String getSessionBring() { return sessionBring; }
    public void setSessionBring(String sessionBring) { this.sessionBring = sessionBring; }
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
    public String getStartOption() { return startOption; }
    public String getTemplateName() { return templateName; }
    public void setTemplateName(String templateName) { this.templateName = templateName; }
}
