package dk.laerepladsklar.kernel;

import dk.laerepladsklar.kernel.access.Landing;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.PlacementLookup;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.launch.LaunchContexts;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LaunchListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The application's side of a launch: keeps it as a new launch context of the session and picks the landing page,
 * which carries the context's id; the pages themselves are the modules' ({@link ProtectedPages#landings()}). A Deep
 * Linking request opens the teacher's content picker; a placed activity
 * opens straight into the activity (the student's page of its type, or the teacher's, which mentors see too); a
 * link without an activity opens the student's course page or the class page. Observers, guests and people
 * without a role land on a page that says what they can do.
 */
@ApplicationScoped
public class LandingPages implements LaunchListener {

    /** Where a request without a launch context this session holds is shown "open it again from your course". */
    public static final String NOT_LAUNCHED = "/not-launched.xhtml";
    public static final String FORBIDDEN = "/forbidden.xhtml";
    /** What observers, guests and people without a role see. */
    public static final String OTHER_ROLE = "/other-role.xhtml";

    @Inject
    LaunchContexts contexts;
    @Inject
    PlacementLookup placements;
    @Inject
    ActivityTypes activityTypes;
    @Inject
    Instance<ProtectedPages> contributions;

    @Override
    public String onLaunch(Launch launch) {
        Actor actor = launch.actor();
        if (launch.kind() == LaunchKind.DEEP_LINKING) {
            LaunchContext context = contexts.open(launch, null);
            return SignedInUser.withContext(actor.isStaff() ? landing(Landing.CONTENT_PICKER) : FORBIDDEN, context.id());
        }
        if (actor.isOther()) {
            return SignedInUser.withContext(OTHER_ROLE, contexts.open(launch, null).id());
        }
        boolean follows = actor.isStaff() || actor.isMentor();
        Optional<Placement> placement = placementFor(launch);
        LaunchContext context = contexts.open(launch, placement.map(Placement::getId).orElse(null));
        Optional<String> activityPage = placement.flatMap(p -> activityTypes.find(p.getActivity().type())
                .map(type -> follows ? type.teacherPage(p) : type.studentPage(p)));
        return SignedInUser.withContext(activityPage.orElseGet(() -> landing(follows ? Landing.CLASS : Landing.STUDENT_COURSE)), context.id());
    }

    /** The page a module contributes for this landing; the "not allowed" page if no module provides one. */
    private String landing(Landing landing) {
        return contributions.stream().map(c -> c.landings().get(landing)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(FORBIDDEN);
    }

    /** A class opening a new link together: one first launch binds the placement, a racing one then reads it. */
    private Optional<Placement> placementFor(Launch launch) {
        try {
            return placements.forLaunch(launch);
        } catch (RuntimeException raced) {
            return placements.forLaunch(launch);
        }
    }
}
