package dk.laerepladsklar.careerplan.view;

import dk.laerepladsklar.careerplan.boundary.CareerPlanActivity;
import dk.laerepladsklar.careerplan.boundary.PlanResource;
import dk.laerepladsklar.careerplan.control.PlanComparison;
import dk.laerepladsklar.careerplan.entity.CommentAuthor;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import dk.laerepladsklar.kernel.PageMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan page's words in the reader's language: dates the way people write them ("11. december 2026"), who wrote a
 * comment ("Hanne Holm, lærer"), a verdict, the title of each part of a comparison and a next step as one line.
 */
final class PlanTexts {

    private final Locale locale;
    private final LocalDate today;

    PlanTexts(Locale locale, LocalDate today) {
        this.locale = locale;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    String text(String key, Object... arguments) {
        return PageMessages.text(CareerPlanActivity.BUNDLE, locale, key, arguments);
    }

    /** A moment in the school's time zone, e.g. "3. dec. 2026 10.15". */
    String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(PlanResource.SCHOOL_ZONE).format(at);
    }

    /** A day written out, e.g. "11. december 2026". */
    String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A next step as one line of a comparison: its words, its day, and "done" when it is. */
    String stepLine(PlanSnapshot.Step step) {
        return text(step.done() ? "compare.step.done" : "compare.step", step.text(), day(step.due()));
    }

    /** "Hanne Holm, lærer"; the role alone when the platform shared no name. */
    String author(String name, CommentAuthor role) {
        String roleText = text("author." + role.name());
        return name == null || name.isBlank() ? capitalised(roleText) : text("comment.by", name, roleText);
    }

    String noteAuthor(String name) {
        return author(name, CommentAuthor.TEACHER);
    }

    String verdict(PlanVersion.Verdict verdict) {
        return text(verdict == null ? "verdict.WAITING" : "verdict." + verdict.name());
    }

    /** The heading of one part of a comparison: a section's title, or trade, area, next steps. */
    String partTitle(String key) {
        return switch (key) {
            case PlanComparison.TRADE -> text("seek.trade");
            case PlanComparison.AREA -> text("seek.area");
            case PlanComparison.STEPS -> text("steps.title");
            default -> PlanSection.byKey(key).map(s -> text("section." + s.key() + ".title")).orElse(key);
        };
    }

    /** A positive version number from a request parameter, or nothing. */
    static Optional<Integer> number(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
