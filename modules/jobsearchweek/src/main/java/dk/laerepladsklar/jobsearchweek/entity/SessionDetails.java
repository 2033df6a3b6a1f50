package dk.laerepladsklar.jobsearchweek.entity;

import java.io.Serializable;

/**
 * What a session says besides its time: its title, where (a room, or an online link, or both), who runs it (a name or
 * a role such as "praktikpladskonsulent"), and what to bring. Checked as it is made, so a session never holds a
 * {@code javascript:} link or a page-long title.
 */
public record SessionDetails(String title, String place, String onlineLink, String host, String bring)
        implements Serializable {

    public SessionDetails {
        title = WeekTexts.required(title, WeekTexts.MAX_TITLE, "SESSION_TITLE");
        place = WeekTexts.optional(place, WeekTexts.MAX_LINE, "SESSION_PLACE");
        onlineLink = WeekTexts.link(onlineLink, true, "SESSION_LINK");
        host = WeekTexts.optional(host, WeekTexts.MAX_LINE, "SESSION_HOST");
        bring = WeekTexts.optionalText(bring, WeekTexts.MAX_TEXT, "SESSION_BRING");
    }
}
