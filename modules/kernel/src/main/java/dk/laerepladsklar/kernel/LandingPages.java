package dk.laerepladsklar.kernel;

import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.PlacementLookup;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LaunchListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The application's side of a launch: signs the person in and picks their landing page. A Deep Linking
 * request opens the teacher's content picker; a placed activity opens straight into the activity (the
 * student's or the teacher's page of its type); a link without an activity opens the student's course page
 * or the teacher's class page.
 */
@ApplicationScoped
public class LandingPages implements LaunchListener {

    public static final String STUDENT_HOME = "/student/home.xhtml";
    public static final String TEACHER_CLASS = "/teacher/class.xhtml";
    public static final String SELECT_CONTENT = "/teacher/select-content.xhtml";
    public static final String FORBIDDEN = "/forbidden.xhtml";

    @Inject
    SignedInUser signedInUser;
    @Inject
    PlacementLookup placements;
    @Inject
    ActivityTypes activityTypes;

    @Override
    public String onLaunch(Launch launch) {
        signedInUser.signIn(launch);
        if (launch.kind() == LaunchKind.DEEP_LINKING) {
            return launch.isStaff() ? SELECT_CONTENT : FORBIDDEN;
        }
        Optional<Placement> placement = placementFor(launch);
        signedInUser.openPlacement(placement.map(Placement::getId).orElse(null));
        Optional<String> activityPage = placement.flatMap(p -> activityTypes.find(p.getActivity().type())
                .map(type -> launch.isStaff() ? type.teacherPage(p) : type.studentPage(p)));
        return activityPage.orElse(launch.isStaff() ? TEACHER_CLASS : STUDENT_HOME);
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
