package dk.laerepladsklar.jobsearchweek.entity;

/**
 * A change to a week that breaks one of its rules (an end before its start, a day outside the week, a link that is not
 * a web page, a text that is too long). The reason is symbolic: the page shows the bundle's {@code refused.<reason>}
 * in the reader's language, the log shows the reason.
 */
public class WeekRefused extends RuntimeException {

    private final String reason;

    public WeekRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
