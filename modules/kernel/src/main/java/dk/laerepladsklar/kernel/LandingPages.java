package dk.laerepladsklar.kernel;

import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.access.Landing;
import dk.laerepladsklar.kernel.access.ProtectedPages;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.PlacementLookup;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.launch.LaunchContexts;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
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
 * without a role land on a page that says what they can do. A submission review (a teacher opening one student's
 * work from the gradebook) lands where the activity type says ({@link ActivityType#reviewLanding}), once the
 * {@link Access} port allows it; otherwise on the "not allowed" page.
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
    @Inject
    Access access;

    @Override
    public String onLaunch(Launch launch) {
        Actor actor = launch.actor();
        if (launch.kind() == LaunchKind.DEEP_LINKING) {
            LaunchContext context = contexts.open(launch, null);
            return SignedInUser.withContext(actor.isStaff() ? landing(Landing.CONTENT_PICKER) : FORBIDDEN, context.id());
        }
        if (launch.kind() == LaunchKind.SUBMISSION_REVIEW) {
            return reviewLanding(launch);
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

    /**
     * The student's work in the placement the review came from, if the reviewer may read it: the student must be of
     * this course on this platform, and the reviewer staff of it or the student's mentor. A review never creates or
     * binds a placement; a column the tool does not know lands on the class page (the student's work is found there).
     */
    private String reviewLanding(Launch launch) {
        Optional<Placement> placement = placements.forReview(launch);
        LaunchContext context = contexts.open(launch, placement.map(Placement::getId).orElse(null));
        StudentRef student = new StudentRef(launch.platform(), launch.review().studentSubject());
        CourseRef course = placement.map(CourseRef::of).or(() -> CourseRef.of(context)).orElse(null);
        if (course == null || !access.mayReview(context, student, course)) {
            return SignedInUser.withContext(FORBIDDEN, context.id());
        }
        Optional<String> page = placement.flatMap(p -> activityTypes.find(p.getActivity().type())
                .map(type -> type.reviewLanding(p, student)));
        return SignedInUser.withContext(page.orElseGet(() -> landing(Landing.CLASS)), context.id());
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
