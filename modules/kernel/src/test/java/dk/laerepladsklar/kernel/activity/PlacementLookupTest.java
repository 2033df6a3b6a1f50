package dk.laerepladsklar.kernel.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.LtiUser;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two nodes' lookups over one database and an invalidation cache of markers (each node its own entries). */
class PlacementLookupTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.randomUUID());

    /** The database both nodes read: the link's binding, and how often it was read. */
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Placement bound;
    private final List<MemoryStore> nodesMarkers = new ArrayList<>();

    @Test
    void aLinkReadOnceIsServedFromMemoryUntilAChoiceOnAnotherNodeDropsIt() {
        PlacementLookup node1 = node();
        PlacementLookup node2 = node();
        Launch launch = launch();

        assertTrue(node1.forLaunch(launch).isEmpty());
        assertTrue(node1.forLaunch(launch).isEmpty());
        assertEquals(1, reads.get(), "the second launch on node 1 came from memory");
        node2.forLaunch(launch);
        assertEquals(2, reads.get());

        Placement chosen = node2.chooseFor(context(), new ActivityRef("teaching-module", "cv"), "CV", 100);
        assertEquals(chosen, node1.forLaunch(launch).orElseThrow(), "node 1 sees node 2's choice at once");
        assertEquals(3, reads.get());
        assertEquals(chosen, node1.forLaunch(launch).orElseThrow());
        assertEquals(3, reads.get(), "and keeps it in memory again");
    }

    private PlacementLookup node() {
        MemoryStore mine = new MemoryStore();
        nodesMarkers.add(mine);
        // An invalidation cache: notes stay on their node, a removal reaches every node.
        SharedStore markers = new SharedStore() {
            public boolean putIfAbsent(String key, String value, Duration lifespan) {
                return mine.putIfAbsent(key, value, lifespan);
            }

            public void put(String key, String value, Duration lifespan) {
                nodesMarkers.forEach(node -> node.invalidate(key));
                mine.put(key, value, lifespan);
            }

            public String get(String key) {
                return mine.get(key);
            }

            public boolean replace(String key, String expected, String value, Duration lifespan) {
                return mine.replace(key, expected, value, lifespan);
            }

            public boolean remove(String key, String expected) {
                return mine.remove(key, expected);
            }

            public void putLocally(String key, String value) {
                mine.putLocally(key, value);
            }

            public void invalidate(String key) {
                nodesMarkers.forEach(node -> node.invalidate(key));
            }
        };
        PlacementLookup lookup = new PlacementLookup();
        lookup.useShared(name -> {
            assertEquals(SharedStores.SNAPSHOTS, name);
            return markers;
        });
        lookup.placements = new Placements() {
            @Override
            public Optional<Placement> forLaunch(Launch launch) {
                reads.incrementAndGet();
                return Optional.ofNullable(bound);
            }

            @Override
            public Placement chooseFor(LaunchContext launch, ActivityRef activity, String title, double scoreMaximum) {
                bound = new Placement(SCHOOL, "course-1", activity, title, scoreMaximum);
                return bound;
            }
        };
        return lookup;
    }

    private static Launch launch() {
        return new Launch(UUID.randomUUID(), LaunchKind.RESOURCE_LINK, new LtiUser(SCHOOL, "sara", null, null, null, null),
                new LtiContext(SCHOOL, "course-1", "GF2", null), new ResourceLink("7", null), Set.of(Role.LEARNER),
                Locale.ENGLISH, "1", Map.of(), new GradebookAccess(null, null, false, true), null);
    }

    private static LaunchContext context() {
        return new LaunchContext("lc-hanne-00000000000000", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(SCHOOL, "hanne", null, Set.of(Role.INSTRUCTOR), Set.of()),
                new LtiContext(SCHOOL, "course-1", "GF2", null), new ResourceLink("7", null), Locale.ENGLISH, null, null, null);
    }
}
