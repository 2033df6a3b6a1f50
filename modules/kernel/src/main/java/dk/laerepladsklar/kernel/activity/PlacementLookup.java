package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which placement a launch opens, without a database transaction on the hot path: a link's binding does not
 * change once made, so it is held in memory for half a minute (other nodes' new bindings show up within that).
 * A launch that names a placement or an activity, or brings other gradebook URLs, always goes to the database.
 */
@ApplicationScoped
public class PlacementLookup {

    private static final long LIFETIME_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    Placements placements;

    private record Known(Placement placement, long at) {
    }

    private final Map<String, Known> byLink = new ConcurrentHashMap<>();

    public Optional<Placement> forLaunch(Launch launch) {
        if (launch.kind() != LaunchKind.RESOURCE_LINK || launch.context() == null) {
            return Optional.empty();
        }
        String key = launch.platform() + "|" + launch.resourceLink().id();
        Known known = byLink.get(key);
        boolean plain = !launch.custom().containsKey(Placements.PLACEMENT_PARAMETER)
                && !launch.custom().containsKey(ActivityRef.CUSTOM_PARAMETER);
        if (known != null && System.currentTimeMillis() - known.at() < LIFETIME_MILLIS
                && (known.placement() == null ? plain : sameGradebook(known.placement(), launch))) {
            return Optional.ofNullable(known.placement());
        }
        Optional<Placement> found = placements.forLaunch(launch);
        if (byLink.size() > MAX_ENTRIES) {
            byLink.clear();
        }
        if (found.isPresent() || plain) {
            byLink.put(key, new Known(found.orElse(null), System.currentTimeMillis()));
        }
        return found;
    }

    /** The placement a submission review opens (never cached: reviews are rare, and it must be the current one). */
    public Optional<Placement> forReview(Launch launch) {
        return placements.forReview(launch);
    }

    /** A teacher ties a link that had no activity to one; launches of the link open it from now on. */
    public Placement chooseFor(LaunchContext launch, ActivityRef activity, String title, double scoreMaximum) {
        Placement placement = placements.chooseFor(launch, activity, title, scoreMaximum);
        byLink.remove(launch.platform() + "|" + launch.link().id());
        return placement;
    }

    private static boolean sameGradebook(Placement placement, Launch launch) {
        // Also whether scores may be posted: a launch that withdraws the score scope is written at once.
        return placement.holds(launch.gradebook());
    }
}
