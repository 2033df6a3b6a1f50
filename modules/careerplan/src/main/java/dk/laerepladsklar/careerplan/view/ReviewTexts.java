package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.kernel.PageMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The bundle ({@code #{cp[...]}}) and dates in the page's language, for texts the review beans build. */
final class ReviewTexts {

    /** A school's day and time, as the teacher reads them. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private ReviewTexts() {
    }

    static String text(Locale locale, String key, Object... args) {
        return PageMessages.text(CareerPlanActivity.BUNDLE, locale, key, args);
    }

    static String when(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(DANISH_TIME).format(at);
    }

    static String day(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
