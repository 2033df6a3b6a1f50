package dk.laerepladsklar.roleplay.boundary;

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
 * Opens a placed role-play for the signed-in user, only if the placement is a role-play whose scenario is in the pack
 * and {@link Access} lets the launch practise it (its own practice) or follow it (the overview): placed on the user's
 * platform, in the course of the launch. Anything else looks the same as a missing one.
 */
@ApplicationScoped
public class RolePlayPlacements {

    private static final Logger LOG = Logger.getLogger(RolePlayPlacements.class);

    @Inject
    Placements placements;
    @Inject
    RolePlays rolePlays;
    @Inject
    Access access;

    /** For the practice: the launch works on its own practice (a student's, or staff's preview). */
    public Optional<PlacedRolePlay> openToPractise(String placementId, LaunchContext launch) {
        return open(placementId, launch, course -> access.mayChange(launch,
                new StudentRef(launch.platform(), launch.actor().subject()), course));
    }

    /** For the overview: the launch follows the class (staff every student, a mentor their mentees). */
    public Optional<PlacedRolePlay> openToFollow(String placementId, LaunchContext launch) {
        return open(placementId, launch, course -> access.mayFollow(launch, course));
    }

    /** For changing the placement (its rubric, its voices): the launch teaches the course (staff only). */
    public Optional<PlacedRolePlay> openToTeach(String placementId, LaunchContext launch) {
        return open(placementId, launch, course -> launch.actor().isStaff() && access.mayTeach(launch, course));
    }

    private Optional<PlacedRolePlay> open(String placementId, LaunchContext launch, Predicate<CourseRef> allowed) {
        UUID id;
        try {
            id = placementId == null ? null : UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // a provisional placement (Deep Linking, never launched) may not exist in the LMS: it is nobody's to open
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> RolePlays.TYPE.equals(p.getActivity().type()))
                .filter(p -> belongsTo(p, allowed))
                .filter(p -> rolePlays.scenario(p.getActivity().key(), launch.locale()).isPresent())
                .map(rolePlays::placed);
    }

    private static boolean belongsTo(Placement placement, Predicate<CourseRef> allowed) {
        boolean ours = allowed.test(CourseRef.of(placement));
        if (!ours) {
            LOG.warnf("PLACEMENT_OF_ANOTHER_COURSE: role-play placement %s asked for from another platform or course",
                    placement.getId());
        }
        return ours;
    }
}
