package dk.laerepladsklar.kernel;

import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The application's side of a launch: signs the person in and picks their landing page by role. Staff
 * land on the class page, everyone else (learners, mentors, unknown roles) on their own course page.
 */
@ApplicationScoped
public class LandingPages implements LaunchListener {

    public static final String STUDENT_HOME = "/student/home.xhtml";
    public static final String TEACHER_CLASS = "/teacher/class.xhtml";

    @Inject
    SignedInUser signedInUser;
    @Inject
    Event<Launch> launched;

    @Override
    public String onLaunch(Launch launch) {
        signedInUser.signIn(launch);
        launched.fire(launch);
        if (launch.isStaff()) {
            return TEACHER_CLASS;
        }
        return STUDENT_HOME;
    }
}
