package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens a placed teaching module for the signed-in user, only if the placement is a teaching module, placed
 * on the user's platform, in the course of the launch the page belongs to. Anything else looks the same as a missing one.
 */
@ApplicationScoped
public class ModulePlacements {

    private static final Logger LOG = Logger.getLogger(ModulePlacements.class);

    @Inject
    Placements placements;
    @Inject
    TeachingModules modules;

    public Optional<PlacedModule> open(String placementId, LaunchContext launch) {
        UUID id;
        try {
            id = placementId == null ? null : UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return placements.find(id).filter(p -> belongsTo(p, launch))
                .filter(p -> TeachingModules.TYPE.equals(p.getActivity().type()))
                .filter(p -> modules.module(p.getActivity().key(), launch.locale()).isPresent())
                .map(p -> new PlacedModule(p.getId(), p.getActivity().key(), p.getTitle(), p.getScoreMaximum()));
    }

    private static boolean belongsTo(Placement placement, LaunchContext launch) {
        boolean ours = launch.isIn(placement.getPlatform(), placement.getContextId());
        if (!ours) {
            LOG.warnf("PLACEMENT_OF_ANOTHER_COURSE: placement %s asked for from another platform or course", placement.getId());
        }
        return ours;
    }
}
