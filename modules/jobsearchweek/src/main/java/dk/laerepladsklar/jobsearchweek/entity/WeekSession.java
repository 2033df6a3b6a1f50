package dk.laerepladsklar.jobsearchweek.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One session of a week: on a day of the week, from a time to a time (Copenhagen time, as the school's timetable),
 * with its title, place or online link, host and what to bring. A teacher moves it to another day or time.
 *
 * <p>Times are kept as minutes after midnight: a wall-clock time in a school's day, never converted by a time zone.
 */
@Entity
@Table(name = "job_search_week_session")
public class WeekSession {

    @Id
    private UUID id;

    @Column(name = "week_id", nullable = false)
    private UUID weekId;

    @Column(name = "day_number", nullable = false)
    private int day;

    @Column(name = "starts_minute", nullable = false)
    private int startsMinute;

    @Column(name = "ends_minute", nullable = false)
    private int endsMinute;

    @Column(nullable = false, length = WeekTexts.MAX_TITLE)
    private String title;

    @Column(length = WeekTexts.MAX_LINE)
    private String place;

    @Column(name = "online_link", length = WeekTexts.MAX_LINK)
    private String onlineLink;

    @Column(length = WeekTexts.MAX_LINE)
    private String host;

    @Column(length = WeekTexts.MAX_TEXT)
    private String bring;

    protected WeekSession() {
    }

    public WeekSession(JobSearchWeek week, int day, LocalTime start, LocalTime end, SessionDetails details) {
        this.id = UUID.randomUUID();
        this.weekId = Objects.requireNonNull(week, "week").getPlacementId();
        moveTo(week, day, start, end);
        change(details);
    }

    /** To another day or time of the same week. */
    public void moveTo(JobSearchWeek week, int newDay, LocalTime start, LocalTime end) {
        if (!week.getPlacementId().equals(weekId)) {
            throw new IllegalArgumentException("A session stays in its week");
        }
        week.checkDay(newDay);
        if (start == null || end == null) {
            throw new WeekRefused("SESSION_TIME_MISSING");
        }
        if (!end.isAfter(start)) {
            throw new WeekRefused("SESSION_ENDS_BEFORE_START");
        }
        this.day = newDay;
        this.startsMinute = start.getHour() * 60 + start.getMinute();
        this.endsMinute = end.getHour() * 60 + end.getMinute();
        if (endsMinute <= startsMinute) {
            // Seconds are dropped: 10:00:30 to 10:00:50 would end where it starts.
            throw new WeekRefused("SESSION_ENDS_BEFORE_START");
        }
    }

    public void change(SessionDetails details) {
        Objects.requireNonNull(details, "details");
        this.title = details.title();
        this.place = details.place();
        this.onlineLink = details.onlineLink();
        this.host = details.host();
        this.bring = details.bring();
    }

    public SessionDetails details() {
        return new SessionDetails(title, place, onlineLink, host, bring);
    }

    public UUID getId() {
        return id;
    }

    public UUID getWeekId() {
        return weekId;
    }

    public int getDay() {
        return day;
    }

    public LocalTime getStart() {
        return LocalTime.of(startsMinute / 60, startsMinute % 60);
    }

    public LocalTime getEnd() {
        return LocalTime.of(endsMinute / 60, endsMinute % 60);
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getHost() {
        return host;
    }

    public String getBring() {
        return bring;
    }
}
