package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/** What a rubric looks at, e.g. "Du præsenterer dig", with its levels from the lowest to the highest. */
public record Criterion(String id, String title, List<Level> levels) implements Serializable {
    public Criterion {
        Texts.requireId(id, "criterion");
        Texts.requireText(title, "criterion title");
        if (levels == null || levels.size() < 2) {
            throw new IllegalArgumentException("Criterion " + id + " needs at least two levels");
        }
        levels = List.copyOf(levels);
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points() <= levels.get(i - 1).points()) {
                throw new IllegalArgumentException("The levels of criterion " + id + " must go up in points");
            }
        }
        if (new HashSet<>(levels.stream().map(Level::label).toList()).size() != levels.size()) {
            throw new IllegalArgumentException("Two levels of criterion " + id + " have the same label");
        }
    }

    public int maxPoints() {
        return levels.get(levels.size() - 1).points();
    }
}
