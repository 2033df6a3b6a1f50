package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.Scenario;

/**
 * An attempt as someone who follows the class may see it: the teacher (who may score and release it) or a mentor (who
 * sees it once released and may comment).
 */
public record AttemptReview(Attempt attempt, PlacedRolePlay placed, Scenario scenario, boolean mayAssess,
                            boolean mayComment) {
}
