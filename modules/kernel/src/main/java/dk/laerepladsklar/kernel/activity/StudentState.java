package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.PageMessages;
import java.util.Locale;

/**
 * Where a student is with one placed activity, in the words every page uses: the class page, an activity's own
 * overview and the student's "Mit forløb" all turn what they know into one of these, and say it with
 * {@link #label(Locale)}, so the pages cannot disagree.
 *
 * <p>It is read from the {@link ProgressState} the activity last reported, and "nothing reported" means the
 * student never opened it: an activity reports (or announces with {@link ActivityOpened}) as soon as a student
 * opens it, and {@link ProgressState#NOT_STARTED} then means opened, but no part done yet.
 */
public enum StudentState {
    /** The student has not opened the activity. */
    NOT_OPENED,
    /** Opened, but no part done (no step, no answer). */
    OPENED,
    /** Some parts done, not all. */
    STARTED,
    /** Handed in, waiting for a teacher or mentor. */
    AWAITING_REVIEW,
    /** Every part done. */
    DONE;

    static final String BUNDLE = "dk.laerepladsklar.kernel.messages";

    /** @param reported what the activity last reported for the student, or null when it reported nothing */
    public static StudentState of(ProgressState reported) {
        if (reported == null) {
            return NOT_OPENED;
        }
        return switch (reported) {
            case NOT_STARTED -> OPENED;
            case IN_PROGRESS -> STARTED;
            case AWAITING_REVIEW -> AWAITING_REVIEW;
            case COMPLETED -> DONE;
        };
    }

    /** The state in a few plain words, e.g. "Åbnet, ikke begyndt". */
    public String label(Locale locale) {
        return PageMessages.text(BUNDLE, locale, "state." + name());
    }

    /** Whether the student has opened the activity at all. */
    public boolean isOpened() {
        return this != NOT_OPENED;
    }

    public boolean isDone() {
        return this == DONE;
    }
}
