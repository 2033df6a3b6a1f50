package dk.laerepladsklar.careerplan.entity;

import java.util.List;

/**
 * What the student writes on their profile, as a form sends it (unchecked: {@link CareerProfile#edit} checks it).
 * There is deliberately no place for weaknesses or support needs.
 *
 * @param strengths up to three, each with an example; blank pairs are dropped
 */
public record ProfileContent(String shownName, List<Strength> strengths, String trade, String area, String contact) {

    public record Strength(String strength, String example) {
    }

    public ProfileContent {
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
    }
}
