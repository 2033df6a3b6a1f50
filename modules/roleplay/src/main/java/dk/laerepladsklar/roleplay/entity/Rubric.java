package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/** How a recorded attempt is assessed: criteria, each with levels and points. Its maximum is the placement's. */
public record Rubric(List<Criterion> criteria) implements Serializable {
    public Rubric {
        criteria = Texts.requireSome(criteria, "rubric criteria");
        if (new HashSet<>(criteria.stream().map(Criterion::id).toList()).size() != criteria.size()) {
            throw new IllegalArgumentException("Two rubric criteria have the same id");
        }
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }
}
