package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which placement a launch opens, without a database transaction on the hot path: a link's binding does not
 * change once made, so it is held in this node's memory for half a minute.
 *
 * <p>On a cluster a binding made on another node must not wait for that half minute. The snapshots stay in node
 * memory (they hold entities, which never go into a shared cache), and the shared store {@code snapshots} (an
 * invalidation cache on a cluster) holds one marker per platform: a node notes its own marker before it reads the
 * database (putForExternalRead, which tells no other node), keeps the marker with each snapshot, and trusts a
 * snapshot only while the marker is still there and the same. A teacher's choice on any node removes the marker
 * of that platform on every node once it is committed, so every node reads the database again. (A version key in a
 * replicated cache would do too, at one replicated write per change and a shared counter; the invalidation cache
 * needs no writes while nothing changes and keeps nothing of other nodes.) The half minute stays as a backstop.
 * A launch that names a placement or an activity, or brings other gradebook URLs, always goes to the database.
 */
@ApplicationScoped
public class PlacementLookup {

    private static final long LIFETIME_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 100_000;
    private static final String MARKER = "placements:";

    @Inject
    Placements placements;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private SharedStore snapshots = new MemoryStore();
    private final AtomicLong markers = new AtomicLong();

    private record Known(Placement placement, long at, String marker) {
    }

    private final Map<String, Known> byLink = new ConcurrentHashMap<>();

    /** In the container: the cluster's markers. */
    @Inject
    void useShared(SharedStores stores) {
        this.snapshots = stores.store(SharedStores.SNAPSHOTS);
    }

    public Optional<Placement> forLaunch(Launch launch) {
        if (launch.kind() != LaunchKind.RESOURCE_LINK || launch.context() == null) {
            return Optional.empty();
        }
        String key = launch.platform() + "|" + launch.resourceLink().id();
        Known known = byLink.get(key);
        boolean plain = !launch.custom().containsKey(Placements.PLACEMENT_PARAMETER)
                && !launch.custom().containsKey(ActivityRef.CUSTOM_PARAMETER);
        String markerKey = MARKER + launch.platform();
        String marker = snapshots.get(markerKey);
        if (known != null && marker != null && marker.equals(known.marker())
                && System.currentTimeMillis() - known.at() < LIFETIME_MILLIS
                && (known.placement() == null ? plain : sameGradebook(known.placement(), launch))) {
            return Optional.ofNullable(known.placement());
        }
        if (marker == null) {
            // Before the read: a change committed after this point removes the marker again.
            snapshots.putLocally(markerKey, Long.toString(markers.incrementAndGet()));
            marker = snapshots.get(markerKey);
        }
        Optional<Placement> found = placements.forLaunch(launch);
        if (byLink.size() > MAX_ENTRIES) {
            byLink.clear();
        }
        if (marker != null && (found.isPresent() || plain)) {
            byLink.put(key, new Known(found.orElse(null), System.currentTimeMillis(), marker));
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
        changed(launch.platform().toString());
        return placement;
    }

    /** Every node's snapshots of this platform are stale once the change is committed (at once if it already is). */
    private void changed(String platform) {
        String markerKey = MARKER + platform;
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        snapshots.invalidate(markerKey);
                    }
                }
            });
        } else {
            snapshots.invalidate(markerKey);
        }
    }

    private static boolean sameGradebook(Placement placement, Launch launch) {
        // Also whether scores may be posted: a launch that withdraws the score scope is written at once.
        return placement.holds(launch.gradebook());
    }
}
