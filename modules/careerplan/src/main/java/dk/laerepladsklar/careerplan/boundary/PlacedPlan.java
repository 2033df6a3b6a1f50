package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.ScoreRule;
import dk.laerepladsklar.kernel.access.CourseRef;
import java.io.Serializable;
import java.util.UUID;

/** A career-plan activity placed in the signed-in user's course, as pages and endpoints use it. */
public record PlacedPlan(UUID placementId, CourseRef course, String title, ScoreRule rule, double scoreMaximum)
        implements Serializable {
}
