package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Opens a placed career plan for the signed-in user, only if the placement is a career plan, launched at least once,
 * in the launch's own course on the launch's platform, and {@code Access} lets the launch work on its own plan (a
 * student, or staff trying it) or follow the class (staff, mentors). Anything else looks the same as a missing one.
 */
@ApplicationScoped
public class PlanPlacements {

    private static final Logger LOG = Logger.getLogger(PlanPlacements.class);

    @Inject
    Placements placements;
    @Inject
    Access access;

    public Optional<PlacedPlan> openToWrite(String placementId, LaunchContext launch) {
        return open(placementId, launch, course -> access.mayChange(launch,
                new StudentRef(launch.platform(), launch.actor().subject()), course));
    }

    public Optional<PlacedPlan> openToFollow(String placementId, LaunchContext launch) {
        return open(placementId, launch, course -> access.mayFollow(launch, course));
    }

    private Optional<PlacedPlan> open(String placementId, LaunchContext launch, Predicate<CourseRef> allowed) {
        UUID id;
        try {
            id = placementId == null ? null : UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> CareerPlanActivity.TYPE.equals(p.getActivity().type()))
                .filter(p -> belongsTo(p, allowed))
                .map(CareerPlanActivity::placed);
    }

    private static boolean belongsTo(Placement placement, Predicate<CourseRef> allowed) {
        boolean ours = allowed.test(CourseRef.of(placement));
        if (!ours) {
            LOG.warnf("PLACEMENT_OF_ANOTHER_COURSE: career-plan placement %s asked for from another platform or course",
                    placement.getId());
        }
        return ours;
    }
}
