package dk.laerepladsklar.jobsearchweek.view;

import static dk.laerepladsklar.jobsearchweek.view.TypedInput.cut;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.date;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.orEmpty;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.time;
import static dk.laerepladsklar.jobsearchweek.view.TypedInput.uuid;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeeks;
import dk.laerepladsklar.jobsearchweek.boundary.PlannedWeek;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A session of the week being added, or changed: what it says, and its day and time (another day or time moves it).
 * The form also takes a session out of the week, and stops changing it if it was the one in the form.
 */
@Named
@ViewScoped
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    transient JobSearchWeeks weeks;
    @Inject
    WeekPlanView plan;

    private UUID editing;
    private String date;
    private String start;
    private String end;
    private String title;
    private String place;
    private String link;
    private String host;
    private String bring;

    @PostConstruct
    void init() {
        if (plan.isFound()) {
            reset();
        }
    }

    private void reset() {
        editing = null;
        date = plan.planned().week().getFirstDay().toString();
        start = "";
        end = "";
        title = "";
        place = "";
        link = "";
        host = "";
        bring = "";
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingId() {
        return editing == null ? "" : editing.toString();
    }

    public void saveSession() {
        UUID changing = editing;
        boolean saved = plan.change(() -> {
            LocalDate day = date(date, "SESSION_DAY_MISSING");
            LocalTime from = time(start);
            LocalTime to = time(end);
            SessionDetails details = new SessionDetails(cut(title), cut(place), cut(link), cut(host), cut(bring));
            if (changing == null) {
                weeks.addSession(plan.weekId(), user.current(), day, from, to, details);
                return "saved.sessionAdded";
            }
            weeks.changeSession(plan.weekId(), user.current(), changing, day, from, to, details);
            return "saved.sessionChanged";
        });
        if (saved) {
            reset();
        }
    }

    /** Fills the form with this session, to change or move it. */
    public void edit(String sessionId) {
        PlannedWeek planned = plan.planned();
        planned.sessions().stream().filter(s -> s.getId().toString().equals(sessionId)).findFirst().ifPresentOrElse(s -> {
            editing = s.getId();
            date = planned.week().dateOf(s.getDay()).toString();
            start = s.getStart().toString();
            end = s.getEnd().toString();
            title = s.getTitle();
            place = orEmpty(s.getPlace());
            link = orEmpty(s.getOnlineLink());
            host = orEmpty(s.getHost());
            bring = orEmpty(s.getBring());
        }, () -> plan.refuse("SESSION_NOT_FOUND"));
    }

    public void cancelEdit() {
        reset();
    }

    public void removeSession(String sessionId) {
        plan.change(() -> {
            weeks.removeSession(plan.weekId(), user.current(), uuid(sessionId, "SESSION_NOT_FOUND"));
            return "saved.sessionRemoved";
        });
        if (editing != null && editing.toString().equals(sessionId)) {
            reset();
        }
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getBring() { return bring; }
    public void setBring(String bring) { this.bring = bring; }
}
