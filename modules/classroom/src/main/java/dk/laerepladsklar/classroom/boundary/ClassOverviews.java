package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.control.Overview;
import dk.laerepladsklar.classroom.control.OverviewAssembler;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.lti.api.Launch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The façade the class page and the CSV export use. */
@ApplicationScoped
public class ClassOverviews {

    @Inject
    Placements placements;
    @Inject
    ProgressLedger ledger;
    @Inject
    RosterCache rosters;
    @Inject
    Instance<GradebookSync> gradebookSync;

    public Overview of(Launch launch, boolean refreshRoster) {
        if (launch.context() == null) {
            return new Overview(List.of(), List.of(), null, "NO_COURSE");
        }
        List<Placement> placed = placements.inContext(launch.platform(), launch.context().id());
        List<UUID> ids = placed.stream().map(Placement::getId).toList();
        RosterCache.Fetched roster = rosters.members(launch, refreshRoster);
        Map<UUID, Map<String, GradebookSync.Status>> sync = new HashMap<>();
        if (gradebookSync.isResolvable()) {
            ids.forEach(id -> sync.put(id, gradebookSync.get().statusOf(id)));
        }
        return OverviewAssembler.assemble(placed, roster.members(), roster.at(), roster.problem(), ledger.of(ids), sync,
                launch.locale());
    }

    /** Sends a student's failed score again, if the placement belongs to the teacher's course. */
    public void retrySync(Launch launch, UUID placementId, String studentSubject) {
        placements.find(placementId)
                .filter(p -> p.getPlatform().equals(launch.platform()) && launch.context() != null
                        && p.getContextId().equals(launch.context().id()))
                .ifPresent(p -> gradebookSync.stream().forEach(s -> s.retry(placementId, studentSubject)));
    }
}
