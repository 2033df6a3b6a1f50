package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.control.Overview;
import dk.laerepladsklar.classroom.control.OverviewAssembler;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.roster.CourseRoster;
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
    CourseRoster rosters;
    @Inject
    Instance<GradebookSync> gradebookSync;
    @Inject
    Access access;
    @Inject
    ActivityTypes activityTypes;

    /**
     * The class as this launch may see it, its column titles in the launch's language (from the activity itself
     * where it is known, else as placed): a teacher the whole class, a mentor only their own mentees (read-only;
     * they cannot ask for a fresh roster), anyone else nobody.
     */
    public Overview of(LaunchContext launch, boolean refreshRoster) {
        CourseRef course = CourseRef.of(launch).orElse(null);
        if (course == null || !access.mayFollow(launch, course)) {
            return new Overview(List.of(), List.of(), null, "NO_COURSE");
        }
        Overview overview = assemble(launch, refreshRoster && access.mayTeach(launch, course));
        return overview.onlyStudents(access.readableStudents(launch, course));
    }

    /**
     * Whether this launch may act on its class: place an activity, refresh the roster, retry a score, export. The
     * page asks this for every button it draws, so a mentor is answered before {@link Access} would log a refusal.
     */
    public boolean mayAct(LaunchContext launch) {
        return CourseRef.of(launch).filter(course -> launch.actor().isStaff() && access.mayTeach(launch, course)).isPresent();
    }

    private Overview assemble(LaunchContext launch, boolean refreshRoster) {
        List<Placement> placed = placements.inContext(launch.platform(), launch.course().id());
        List<UUID> ids = placed.stream().map(Placement::getId).toList();
        CourseRoster.Fetched roster = rosters.members(launch, refreshRoster);
        Map<UUID, Map<String, GradebookSync.Status>> sync = new HashMap<>();
        if (gradebookSync.isResolvable()) {
            ids.forEach(id -> sync.put(id, gradebookSync.get().statusOf(id)));
        }
        Map<UUID, String> titles = new HashMap<>();
        placed.forEach(p -> activityTypes.offer(p.getActivity(), launch.locale())
                .ifPresent(offer -> titles.put(p.getId(), offer.title())));
        return OverviewAssembler.assemble(placed, roster.members(), roster.at(), roster.problem(), ledger.of(ids), sync,
                launch.locale()).titled(titles::get);
    }

    /**
     * The "show points as they grow" setting of the link this launch opened, if a teacher of its course may set it
     * (empty for a link without an activity, and for anyone who does not teach the course).
     */
    public java.util.Optional<Boolean> growingPoints(LaunchContext launch) {
        return ownPlacement(launch).map(Placement::isGrowingPointsGraded);
    }

    /** Sets "show points as they grow" for the link this launch opened; only a teacher of its course can. */
    public boolean gradeGrowingPoints(LaunchContext launch, boolean graded) {
        java.util.Optional<Placement> placement = ownPlacement(launch);
        placement.ifPresent(p -> placements.gradeGrowingPoints(p.getId(), graded));
        return placement.isPresent();
    }

    private java.util.Optional<Placement> ownPlacement(LaunchContext launch) {
        return launch.placement().flatMap(placements::find)
                .filter(p -> p.getPlatform().equals(launch.platform()) && mayAct(launch) && access.mayTeach(launch, CourseRef.of(p)));
    }

    /** Sends a student's failed score again, if the placement belongs to the teacher's course of this launch. */
    public void retrySync(LaunchContext launch, UUID placementId, String studentSubject) {
        placements.find(placementId)
                .filter(p -> access.mayTeach(launch, CourseRef.of(p)))
                .ifPresent(p -> gradebookSync.stream().forEach(s -> s.retry(placementId, studentSubject)));
    }
}
