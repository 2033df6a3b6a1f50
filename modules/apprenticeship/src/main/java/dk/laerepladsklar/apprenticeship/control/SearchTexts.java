package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.kernel.PageMessages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The search's words: from the bundle, dates as the school says them ("12. december 2026"), reminders worded. */
public final class SearchTexts {

    /** The module's bundle (the activity type's offers use it too). */
    public static final String BUNDLE = "dk.laerepladsklar.apprenticeship.messages";

    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{2,60}");

    private SearchTexts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return PageMessages.text(BUNDLE, locale, key, arguments);
    }

    /**
     * A refusal a form came back with ({@code &refused=<REASON>}) in plain words; only reasons the bundle knows (the
     * address is the user's to edit: anything else shows nothing).
     */
    public static String refusal(String reason, Locale locale) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString("refused." + reason);
        } catch (MissingResourceException unknown) {
            return "";
        }
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text(locale, "format.date"), locale).format(date);
    }

    /** A reminder in the reader's language. */
    public static String reminder(SearchReminder r, java.time.LocalDate today, Locale locale) {
        return switch (r.kind()) {
            case FOLLOW_UP -> text(locale, "reminder.FOLLOW_UP", r.subject());
            case AGREEMENT_ENDING -> text(locale, "reminder.AGREEMENT_ENDING", date(r.due(), locale));
            case CHECK_IN -> text(locale, "reminder.CHECK_IN");
            case REGISTER_SEEKING -> text(locale, r.due().isBefore(today) ? "reminder.REGISTER_SEEKING.passed"
                    : "reminder.REGISTER_SEEKING", date(r.due(), locale));
        };
    }

    /** Where on the search page a reminder is acted on. */
    public static String anchor(SearchReminder r) {
        return switch (r.kind()) {
            case FOLLOW_UP -> "#application-" + r.application();
            case AGREEMENT_ENDING, REGISTER_SEEKING -> "#placement";
            case CHECK_IN -> "#check-in";
        };
    }
}
