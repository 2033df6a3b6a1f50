package dk.laerepladsklar.apprenticeship.control;

import java.util.Objects;

/**
 * One row of the school's figures: a class (a course), a department, or the whole school in one school year, with its
 * counts and whether they may be shown ({@link SmallGroups}). A hidden row's counts stay inside the computation: every
 * way out (page, CSV, PDF) asks {@link #shown()} first and writes only the reason.
 *
 * @param key        the course id of a class, the department's name of a department ("" for none), "" for the school
 * @param inProgress whether GF2 has not ended yet for some of its students (the figures hold up to today)
 * @param title      a class's title as the LMS last sent it, or null (none known; a department, the school)
 */
public record FigureRow(Level level, String key, SchoolYear year, Tally tally, Visibility visibility, boolean inProgress,
                        String title) {

    public enum Level { CLASS, DEPARTMENT, SCHOOL }

    /** Shown, hidden as a group of fewer than 5 students, or hidden so that such a group cannot be worked out. */
    public enum Visibility { SHOWN, SMALL, SHIELD }

    public FigureRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A row without a title (a department, the school, a class whose title is not known). */
    public FigureRow(Level level, String key, SchoolYear year, Tally tally, Visibility visibility, boolean inProgress) {
        this(level, key, year, tally, visibility, inProgress, null);
    }

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    /** The counts, for a shown row only. */
    public Tally figures() {
        if (!shown()) {
            throw new IllegalStateException("A hidden row has no figures to give");
        }
        return tally;
    }

    /** Whether the share with an agreement at the end of GF2 reached the target. */
    public boolean targetMet() {
        Integer percent = figures().signedPercent();
        return percent != null && percent >= SchoolFigures.TARGET_PERCENT;
    }

    FigureRow hidden(Visibility why) {
        return new FigureRow(level, key, year, tally, why, inProgress, title);
    }

    FigureRow shownAgain() {
        return visibility == Visibility.SHOWN ? this : new FigureRow(level, key, year, tally, Visibility.SHOWN, inProgress, title);
    }
}
