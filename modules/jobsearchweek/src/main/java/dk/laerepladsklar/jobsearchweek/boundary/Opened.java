package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Opens a placed café or week for the café's, register's, progress and run-sheet pages: only a placement of the asked
 * types, launched at least once, in the launch's own course on the launch's platform, and only when {@code Access}
 * lets the launch teach the course, follow it (staff, mentors) or, for a student's page, work in it. Anything else
 * looks the same as a missing one.
 */
@ApplicationScoped
public class Opened {

    private static final Logger LOG = Logger.getLogger(Opened.class);

    @Inject
    Placements placements;
    @Inject
    Access access;

    /** For the course's staff: the café page, a register, the run-sheet. */
    public Optional<Placed> toTeach(String placementId, LaunchContext launch, Set<String> types) {
        return open(placementId, types, course -> access.mayTeach(launch, course));
    }

    /** For staff and mentors (who see their mentees only): the progress page. */
    public Optional<Placed> toFollow(String placementId, LaunchContext launch, Set<String> types) {
        return open(placementId, types, course -> access.mayFollow(launch, course));
    }

    /** For a student (or staff trying it): the student's café page. */
    public Optional<Placed> toTakePart(String placementId, LaunchContext launch, Set<String> types) {
        return open(placementId, types, course -> access.mayChange(launch,
                new StudentRef(launch.platform(), launch.actor().subject()), course));
    }

    private Optional<Placed> open(String placementId, Set<String> types, Predicate<CourseRef> allowed) {
        UUID id;
        try {
            id = placementId == null || placementId.length() != 36 ? null : UUID.fromString(placementId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> types.contains(p.getActivity().type()))
                .filter(p -> {
                    boolean ours = allowed.test(CourseRef.of(p));
                    if (!ours) {
                        LOG.warnf("WEEK_PLACEMENT_REFUSED: %s placement %s asked for outside its course or role",
                                p.getActivity().type(), p.getId());
                    }
                    return ours;
                })
                .map(Placed::of);
    }
}
