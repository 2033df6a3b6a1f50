package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placement;
import java.io.Serializable;
import java.util.UUID;

/** A placed apprenticeship search in the signed-in user's course, as its page and form posts use it. */
public record SearchPlacement(UUID placementId, CourseRef course, String title) implements Serializable {

    static SearchPlacement of(Placement placement) {
        return new SearchPlacement(placement.getId(), CourseRef.of(placement), placement.getTitle());
    }
}
