package dk.laerepladsklar.kernel.activity;

import java.util.List;

/**
 * Something a teacher can pick in Deep Linking, in the teacher's language.
 *
 * @param tags   short words a teacher can filter on (e.g. the trades a module's cases come from)
 * @param graded whether the link gets a gradebook column: an activity that never scores (a job café: attendance, not
 *               points) asks for none, so the LMS shows no column that stays empty all year
 */
public record ActivityOffer(ActivityRef ref, String title, String description, int estimatedMinutes,
                            double scoreMaximum, List<String> tags, boolean graded) implements java.io.Serializable {
    public ActivityOffer {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A graded offer: its link gets a column with this maximum. */
    public ActivityOffer(ActivityRef ref, String title, String description, int estimatedMinutes, double scoreMaximum,
                         List<String> tags) {
        this(ref, title, description, estimatedMinutes, scoreMaximum, tags, true);
    }
}
