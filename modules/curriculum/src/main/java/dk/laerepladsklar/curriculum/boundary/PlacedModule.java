package dk.laerepladsklar.curriculum.boundary;

import java.io.Serializable;
import java.util.UUID;

/**
 * A teaching module placed in the signed-in user's course, as the pages keep it between requests.
 *
 * @param scoreMaximum the placement's (the gradebook column's) maximum
 */
public record PlacedModule(UUID placementId, String moduleKey, String title, double scoreMaximum) implements Serializable {
}
