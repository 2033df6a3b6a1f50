package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.CafePages;
import dk.laerepladsklar.jobsearchweek.boundary.JobCafeActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.StudentWeek;
import dk.laerepladsklar.jobsearchweek.boundary.StudentWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.TickResource;
import dk.laerepladsklar.jobsearchweek.boundary.WeekProgress;
import dk.laerepladsklar.jobsearchweek.control.TodayPlan;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.reminder.Reminder;
import dk.laerepladsklar.kernel.reminder.Reminders;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The student's "I dag" page of a week ({@code /week/today.xhtml?placement=…}): today's sessions and the one thing to
 * do now in short plain sentences, the week at a glance (today marked, past days folded), each activity opening in
 * place, the task ticks, and how much of the week is done. Before the week it says when it starts; a course with a job
 * café shows the next one and whether the student must come. Above the week, "Husk": what the other capabilities remind
 * the student of (the kernel's {@link Reminders}, e.g. a follow-up on an application), as on "Mit forløb".
 *
 * <p>A mentor sees a mentee's week read-only ({@code &student=…}, or picks a mentee first), as does a teacher; whose
 * week may be shown, {@link StudentWeeks} decides with {@code Access}.
 */
@Named
@RequestScoped
public class WeekTodayView {

    static final String STUDENT_PARAMETER = "student";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    @Inject
    SignedInUser user;
    @Inject
    StudentWeeks students;
    @Inject
    Reminders reminders;

    private StudentWeeks.Opening opening;
    private StudentWeek week;
    private List<StudentWeeks.Mentee> mentees;
    private String ticked;
    private String refused;
    private List<Reminder> due;

    @PostConstruct
    void init() {
        if (!user.isSignedIn()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        opening = students.open(parameters.get(JobSearchWeekActivity.PLACEMENT_PARAMETER), parameters.get(STUDENT_PARAMETER),
                user.current()).orElse(null);
        if (opening == null) {
            return;
        }
        if (opening.isChoosing()) {
            mentees = students.mentees(opening, user.current());
            return;
        }
        week = students.read(opening, WeekProgress.today()).orElse(null);
        students.openedBy(opening, user.current());
        ticked = parameters.get("ticked");
        refused = parameters.get("refused");
    }

    // --- Husk ---------------------------------------------------------------------------------------------------------

    /** The student's own reminders (none for a week read by a mentor or teacher: those are the student's to act on). */
    public List<Reminder> getReminders() {
        if (due == null) {
            due = opening == null || isChoosing() || isReadOnly() ? List.of() : reminders.dueFor(user.current());
        }
        return due;
    }

    public boolean isOverdue(Reminder reminder) {
        return reminder.isOverdue(WeekProgress.today());
    }

    /** "Senest 12. mar. 2027", or "Overskredet: …" for a day that has passed. */
    public String reminderDue(Reminder reminder) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.getLocale()).format(reminder.due());
        return PageMessages.text(JobSearchWeekActivity.BUNDLE, user.getLocale(),
                isOverdue(reminder) ? "today.reminders.overdue" : "today.reminders.due", day);
    }

    /** The reminder's page of this tool, with this page's launch context. */
    public String reminderUrl(Reminder reminder) {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + reminder.href());
    }

    // --- which page --------------------------------------------------------------------------------------------------

    public boolean isFound() {
        return opening != null;
    }

    public boolean isChoosing() {
        return opening != null && opening.isChoosing();
    }

    public boolean isPlanned() {
        return week != null;
    }

    public boolean isReadOnly() {
        return opening.readOnly();
    }

    public boolean isStaff() {
        return user.isStaff();
    }

    public String getTitle() {
        return week == null ? opening.title() : week.title();
    }

    public StudentWeek getWeek() {
        return week;
    }

    // --- the top of the page ----------------------------------------------------------------------------------------

    /** "I dag er torsdag 5. marts". */
    public String getToday() {
        return text("today.date", date(week.today()));
    }

    public boolean isBefore() {
        return week.phase() == TodayPlan.Phase.BEFORE;
    }

    public boolean isDuring() {
        return week.phase() == TodayPlan.Phase.DURING;
    }

    public boolean isAfter() {
        return week.phase() == TodayPlan.Phase.AFTER;
    }

    /** "Ugen starter mandag 2. marts." */
    public String getStartsOn() {
        return text("today.startsOn", date(week.firstDay()));
    }

    /** "4 af 9 lavet". */
    public String getProgress() {
        return text("today.progress", week.result().done(), week.result().total());
    }

    public int getPercent() {
        return week.result().percentDone();
    }

    /** "Dine point indtil nu: 15,38 af 100", or empty before there are any. */
    public String getPoints() {
        if (week.result().score() == null) {
            return "";
        }
        return text("today.points", week.result().score(), week.scoreMaximum());
    }

    public String getReadingNote() {
        return text(user.isMentor() && !user.isStaff() ? "today.reading.mentor" : "today.reading.teacher");
    }

    public String getRefusal() {
        return FollowUpTexts.refusal(refused, user.getLocale());
    }

    public String getTickedNote() {
        if ("true".equals(ticked)) {
            return text("today.ticked.true");
        }
        return "false".equals(ticked) ? text("today.ticked.false") : "";
    }

    // --- what to do now ---------------------------------------------------------------------------------------------

    public StudentWeek.Activity getNext() {
        return week.next();
    }

    /** "Skal være lavet i dag." / "Skulle have været lavet mandag 2. marts." */
    public String dueOf(StudentWeek.Activity a) {
        if (a.done()) {
            return a.awaitingReview() ? text("today.state.sent") : text("today.state.done");
        }
        if (a.overdue()) {
            return text("today.due.overdue", date(a.due()));
        }
        return a.due().equals(week.today()) ? text("today.due.today") : text("today.due.later", date(a.due()));
    }

    /** What the activity is: "Opgave", "Undervisningsmodul", "Rollespil", "Karriereplan". */
    public String kindOf(StudentWeek.Activity a) {
        if (a.task()) {
            return text("type.task");
        }
        return switch (a.type()) {
            case "teaching-module", "role-play", "career-plan" -> text("type." + a.type());
            default -> text("today.kind.other");
        };
    }

    /** The state in a word, for the day lists. */
    public String stateOf(StudentWeek.Activity a) {
        if (a.done()) {
            return a.awaitingReview() ? text("today.state.sent") : text("today.state.done");
        }
        return a.overdue() ? text("today.state.overdue") : text("today.state.todo");
    }

    public String stateKey(StudentWeek.Activity a) {
        if (a.done()) {
            return a.awaitingReview() ? "sent" : "done";
        }
        return a.overdue() ? "overdue" : "todo";
    }

    /** The part's own page inside this launch, where the way back to the week waits. */
    public String openUrl(StudentWeek.Activity a) {
        return a.page() == null ? "" : user.withContext(contextPath() + a.page());
    }

    public String openLabel(StudentWeek.Activity a) {
        return text(a.done() ? "today.open.again" : "today.open", a.title());
    }

    public String tickUrl(StudentWeek.Activity a) {
        return user.withContext(contextPath() + TickResource.PATH + week.placementId() + "/" + a.id());
    }

    public String anchorOf(StudentWeek.Activity a) {
        return TickResource.anchorOf(a.id());
    }

    public boolean mayTick(StudentWeek.Activity a) {
        return a.task() && !week.readOnly();
    }

    // --- sessions and days ------------------------------------------------------------------------------------------

    public String timeOf(StudentWeek.Session s) {
        return text("today.time", time(s.start()), time(s.end()));
    }

    public String dayTitle(StudentWeek.Day d) {
        String date = date(d.date());
        return d.when() == TodayPlan.When.TODAY ? text("today.day.today", date)
                : date.substring(0, 1).toUpperCase(user.getLocale()) + date.substring(1);
    }

    public String dayWhen(StudentWeek.Day d) {
        return d.when().name().toLowerCase(Locale.ROOT);
    }

    // --- the job café -----------------------------------------------------------------------------------------------

    public String getCafeWhen() {
        return FollowUpTexts.when(week.cafe().starts(), week.cafe().ends(), user.getLocale());
    }

    public String getCafeVerdict() {
        return text(week.cafe().mustAttend() ? (week.readOnly() ? "today.cafe.must.other" : "mycafe.must")
                : (week.readOnly() ? "today.cafe.welcome.other" : "mycafe.welcome"));
    }

    public String getCafeUrl() {
        return week.readOnly() ? "" : user.withContext(contextPath() + JobCafeActivity.STUDENT_PAGE + "?"
                + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + week.cafe().placementId());
    }

    // --- for staff and mentors --------------------------------------------------------------------------------------

    public String getPlanUrl() {
        return user.withContext(contextPath() + JobSearchWeekActivity.PLAN_PAGE + "?"
                + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + opening.placementId());
    }

    public String getProgressUrl() {
        return user.withContext(contextPath() + CafePages.PROGRESS_PAGE + "?"
                + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + opening.placementId());
    }

    public List<StudentWeeks.Mentee> getMentees() {
        return mentees;
    }

    public String menteeUrl(StudentWeeks.Mentee m) {
        return user.withContext(contextPath() + JobSearchWeekActivity.TODAY_PAGE + "?"
                + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + opening.placementId() + "&" + STUDENT_PARAMETER + "="
                + URLEncoder.encode(m.subject(), StandardCharsets.UTF_8));
    }

    public String menteeName(StudentWeeks.Mentee m) {
        return m.name() == null || m.name().isBlank() ? text("today.mentee.unnamed") : m.name();
    }

    // --- words ------------------------------------------------------------------------------------------------------

    /** "torsdag 5. marts", lower case as inside a Danish sentence. */
    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("when.date"), user.getLocale()).format(date);
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    private String text(String key, Object... arguments) {
        return PageMessages.text(JobSearchWeekActivity.BUNDLE, user.getLocale(), key, arguments);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
