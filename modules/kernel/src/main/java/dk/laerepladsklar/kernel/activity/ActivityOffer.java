package dk.laerepladsklar.kernel.activity;

import java.util.List;

/**
 * Something a teacher can pick in Deep Linking, in the teacher's language.
 *
 * @param tags short words a teacher can filter on (e.g. the trades a module's cases come from)
 */
public record ActivityOffer(ActivityRef ref, String title, String description, int estimatedMinutes,
                            double scoreMaximum, List<String> tags) implements java.io.Serializable {
    public ActivityOffer {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
