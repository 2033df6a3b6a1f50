package dk.laerepladsklar.kernel.activity;

import java.io.Serializable;

/**
 * How far one student is in one placed activity, as the activity itself counts it, for the student's own page:
 * "3 af 8 trin" and what to do next.
 *
 * @param state     where the student is, in the words every page uses
 * @param partsDone parts done (steps of a module)
 * @param parts     parts in all
 * @param next      the title of the next part to do, in the launch's language; null when every part is done
 * @param result    what came of the work so far, in the launch's language, when the activity has something to say
 *                  beyond the state (e.g. "Sendt til læreren", "Vurderet: 9 af 12"); null otherwise
 */
public record ActivityStanding(StudentState state, int partsDone, int parts, String next, String result)
        implements Serializable {

    public ActivityStanding(StudentState state, int partsDone, int parts, String next) {
        this(state, partsDone, parts, next, null);
    }

    public ActivityStanding {
        if (state == null) {
            throw new IllegalArgumentException("A standing needs a state");
        }
        if (parts < 0 || partsDone < 0 || partsDone > parts) {
            throw new IllegalArgumentException("Parts done must be within 0.." + parts + ", was " + partsDone);
        }
    }

    /** 0..100, for a progress bar. */
    public int percentDone() {
        return parts == 0 ? (state.isDone() ? 100 : 0) : (int) Math.round(100.0 * partsDone / parts);
    }
}
