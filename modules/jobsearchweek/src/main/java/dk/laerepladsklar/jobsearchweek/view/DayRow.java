package dk.laerepladsklar.jobsearchweek.view;

import java.io.Serializable;
import java.util.List;

/** One day of the week on the plan page, with its sessions; its theme is a field the teacher may change. */
public final class DayRow implements Serializable {

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
