package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.ApprenticeshipSearchActivity;
import dk.laerepladsklar.kernel.PageMessages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The search page's words: from the bundle, dates as the school says them ("12. december 2026"). */
public final class SearchTexts {

    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{2,60}");

    private SearchTexts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return PageMessages.text(ApprenticeshipSearchActivity.BUNDLE, locale, key, arguments);
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
            return ResourceBundle.getBundle(ApprenticeshipSearchActivity.BUNDLE, locale).getString("refused." + reason);
        } catch (MissingResourceException unknown) {
            return "";
        }
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text(locale, "format.date"), locale).format(date);
    }
}
