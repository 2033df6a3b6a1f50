package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import java.io.Serializable;

/** One session as the plan page shows it. */
public final class SessionRow implements Serializable {

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
