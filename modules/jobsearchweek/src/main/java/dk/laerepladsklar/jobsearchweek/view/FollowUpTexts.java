package dk.laerepladsklar.jobsearchweek.view;

import dk.laerepladsklar.jobsearchweek.boundary.JobSearchWeekActivity;
import dk.laerepladsklar.kernel.PageMessages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The café's, registers' and progress page's words: from the bundle, dates and times as the school says them. */
final class FollowUpTexts {

    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z_]{2,60}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private FollowUpTexts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        return PageMessages.text(JobSearchWeekActivity.BUNDLE, locale, key, arguments);
    }

    /**
     * A refusal a form came back with ({@code &refused=<REASON>}) in plain words; only reasons the bundle knows (the
     * address is the user's to edit: anything else shows nothing).
     */
    static String refusal(String reason, Locale locale) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(JobSearchWeekActivity.BUNDLE, locale).getString("refused." + reason);
        } catch (MissingResourceException unknown) {
            return "";
        }
    }

    static String weekday(DayOfWeek day, Locale locale) {
        return text(locale, "weekday." + day.getValue());
    }

    static String date(LocalDate date, Locale locale) {
        String text = DateTimeFormatter.ofPattern(text(locale, "when.date"), locale).format(date);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    static String time(ZonedDateTime at) {
        return TIME.format(at);
    }

    /** "Torsdag 10. december kl. 12.30–14.00". */
    static String when(ZonedDateTime starts, ZonedDateTime ends, Locale locale) {
        return text(locale, "when.time", date(starts.toLocalDate(), locale), time(starts), time(ends));
    }
}
