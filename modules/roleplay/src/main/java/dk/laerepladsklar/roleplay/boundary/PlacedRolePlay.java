package dk.laerepladsklar.roleplay.boundary;

import java.io.Serializable;
import java.util.UUID;

/**
 * A role-play placed in the signed-in user's course, as the pages and the form endpoint use it.
 *
 * @param scoreMaximum the placement's rubric's total: the maximum its scores are sent with (the LMS column keeps the
 *                     maximum it was placed with and scales the score to it)
 */
public record PlacedRolePlay(UUID placementId, String scenarioKey, String title, double scoreMaximum) implements Serializable {
}
