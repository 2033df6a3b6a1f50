package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.PlannedWeek;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekDay;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The teacher's plan of a placed week ({@code /week/plan.xhtml?placement=…}): loads the week once for the view and
 * shares it with the page's forms ({@link WeekFrameForm}, {@link SessionForm}, {@link WeekActivitiesForm},
 * {@link WeekStartForm}), which change it through {@link #change} and so read it again and speak of a refusal alike.
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

    @Inject
    SignedInUser user;
    @Inject
    transient JobSearchWeeks weeks;

    private UUID weekId;
    private boolean found;
    private PlannedWeek planned;
    /** Counts the readings of the week, so a form holding rows of it knows when they are stale. */
    private int readings;

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


    private void show(PlannedWeek week) {
        planned = week;
        readings++;
    }

    // --- what the forms share ---------------------------------------------------------------------------------------

    UUID weekId() {
        return weekId;
    }

    PlannedWeek planned() {
        return planned;
    }

    int readings() {
        return readings;
    }

    /**
     * Runs a change of the week and reads the week again; a refusal becomes a message in the teacher's language and
     * the form keeps what was typed.
     *
     * @param action the change; it returns the key of the message that says it was done, or null for none
     * @return whether it was done
     */
    boolean change(Supplier<String> action) {
        return run(action, null);
    }

    /**
     * Runs one of several changes to the activity with this title; a refusal names it. The week is not read again:
     * the caller does that when all are done.
     */
    boolean changeActivity(Supplier<String> action, String activityTitle) {
        return run(action, activityTitle);
    }

    private boolean run(Supplier<String> action, String activityTitle) {
        try {
            String done = action.get();
            if (done != null) {
                PageMessages.info(BUNDLE, user.getLocale(), done);
            }
            if (activityTitle == null) {
                reread();
            }
            return true;
        } catch (WeekRefused refused) {
            LOG.infof("Week plan change refused: %s", refused.reason());
            refuse(refused.reason(), activityTitle);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (RuntimeException e) {
            WeekRefused refused = causeOf(e);
            if (refused == null) {
                throw e;
            }
            LOG.infof("Week plan change refused: %s", refused.reason());
            refuse(refused.reason(), activityTitle);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    /** Reads the week again, as it stands after a change. */
    void reread() {
        weeks.find(weekId).ifPresent(this::show);
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

    void refuse(String reason) {
        refuse(reason, null);
    }

    private void refuse(String reason, String activityTitle) {
        String key = "refused." + reason;
        String sentence;
        try {
            sentence = text(key);
        } catch (MissingResourceException unknown) {
            sentence = text("refused.OTHER");
        }
        if (activityTitle != null) {
            sentence = text("refused.onActivity", activityTitle, sentence);
        }
        PageMessages.error(BUNDLE, user.getLocale(), "refused.sentence", sentence);
    }

    void info(String key, Object... arguments) {
        PageMessages.info(BUNDLE, user.getLocale(), key, arguments);
    }

    void warning(String key, Object... arguments) {
        PageMessages.warning(BUNDLE, user.getLocale(), key, arguments);
    }

    String text(String key, Object... arguments) {
        return PageMessages.text(BUNDLE, user.getLocale(), key, arguments);
    }

    private String dayLabel(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("format.day"), user.getLocale()).format(date);
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

    /** The earliest date a date field of the page accepts: the week's first day. */
    public String getFirstDayMin() {
        return planned.week().getFirstDay().toString();
    }

    /** The latest date a date field of the page accepts: the week's last day. */
    public String getLastDayMax() {
        return planned.week().getLastDay().toString();
    }

    public String getTodayUrl() {
        return user.withContext(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + JobSearchWeekActivity.TODAY_PAGE + "?" + JobSearchWeekActivity.PLACEMENT_PARAMETER + "=" + weekId);
    }
}
