package dk.laerepladsklar.apprenticeship.control;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The school's figures in words, the same on the page, in the CSV and in the PDF: a row's name, its shares as "5 af 12
 * (42 %)", the share with an agreement against the target in a sentence, applications per student with one decimal in
 * the reader's way of writing it, and for a hidden row only the reason.
 */
public final class FigureTexts {

    private final Locale locale;

    public FigureTexts(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        return SearchTexts.text(locale, key, arguments);
    }

    /**
     * The class's title and course id ("Tømrer GF2 2026 (course-8301)", the id alone without a title), the
     * department's name ("no department" for none), or "the whole school".
     */
    public String label(FigureRow row) {
        return switch (row.level()) {
            case CLASS -> CourseLabel.of(row.title(), row.key());
            case DEPARTMENT -> row.key().isEmpty() ? text("figures.noDepartment") : row.key();
            case SCHOOL -> text("figures.school");
        };
    }

    /**
     * A row's name in the first column of the page and the PDF: a class with a title by its title (its id beside it,
     * {@link #idBeside}), a class without one as "Hold course-8202" (a bare id would not say what it is), else its label.
     */
    public String name(FigureRow row) {
        if (row.level() != FigureRow.Level.CLASS) {
            return label(row);
        }
        return CourseLabel.named(row.title(), row.key()) ? row.title().strip() : text("figures.class", row.key());
    }

    /** A titled class's id in brackets, written beside its name on one line; empty for any other row. */
    public String idBeside(FigureRow row) {
        return row.level() == FigureRow.Level.CLASS && CourseLabel.named(row.title(), row.key()) ? "(" + row.key() + ")" : "";
    }

    /** The name and the id beside it as one text. */
    public String rowLabel(FigureRow row) {
        String beside = idBeside(row);
        return beside.isEmpty() ? name(row) : name(row) + " " + beside;
    }

    /** Why a row shows no figures: a group of fewer than 5 students, or hidden to keep one from being worked out. */
    public String hidden(FigureRow row) {
        return row.visibility() == FigureRow.Visibility.SMALL ? text("figures.hidden.small") : text("figures.hidden.shield");
    }

    public String percent(Integer percent) {
        return percent == null ? "–" : text("figures.percent", Integer.toString(percent));
    }

    /** "5 af 12 (42 %)". */
    public String signed(FigureRow row) {
        Tally t = row.figures();
        return text("figures.count", t.signed(), t.students(), percent(t.signedPercent()));
    }

    /** "42 % – 38 procentpoint under målet på 80 %", or that the target is met. */
    public String signedAgainstTarget(FigureRow row) {
        Integer percent = row.figures().signedPercent();
        int target = SchoolFigures.TARGET_PERCENT;
        return percent != null && percent >= target
                ? text("figures.signed.met", percent(percent), percent(target))
                : text("figures.signed.below", percent(percent), percent == null ? target : target - percent, percent(target));
    }

    public String registered(FigureRow row) {
        Tally t = row.figures();
        return text("figures.count", t.registered(), t.students(), percent(t.registeredPercent()));
    }

    /** "5,8" (or "5.8"): applications per student. */
    public String perStudent(FigureRow row) {
        Integer tenths = row.figures().applicationsPerStudentTenths();
        if (tenths == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(tenths / 10.0);
    }

    /** "5,8 (70 ansøgninger)". */
    public String applications(FigureRow row) {
        return text("figures.applications", perStudent(row), row.figures().applications());
    }

    /** "7 af 8 aftaler (88 %)", or that no agreement has passed its probation yet. */
    public String probation(FigureRow row) {
        Tally t = row.figures();
        return t.pastProbation() == 0 ? text("figures.probation.none")
                : text("figures.probation", t.runningAfterProbation(), t.pastProbation(), percent(t.runningPercent()));
    }
}
