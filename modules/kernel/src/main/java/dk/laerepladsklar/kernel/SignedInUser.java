package dk.laerepladsklar.kernel;

import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/** The person using the tool in this browser session, as the last launch described them. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Launch launch;
    private java.util.UUID placementId;

    public void signIn(Launch launch) {
        this.launch = launch;
        this.placementId = null;
    }

    /** The placed activity the launch opened, if any. */
    public void openPlacement(java.util.UUID placementId) {
        this.placementId = placementId;
    }

    public Optional<java.util.UUID> placement() {
        return Optional.ofNullable(placementId);
    }

    public boolean isSignedIn() {
        return launch != null;
    }

    public Optional<Launch> launch() {
        return Optional.ofNullable(launch);
    }

    /** The launch, for pages that only signed-in users reach (the access filter guarantees it). */
    public Launch current() {
        if (launch == null) {
            throw new NotSignedIn();
        }
        return launch;
    }

    public boolean isStaff() {
        return launch != null && launch.isStaff();
    }

    public boolean isLearner() {
        return launch != null && launch.has(Role.LEARNER);
    }

    public Locale getLocale() {
        return launch == null ? Launch.DANISH : launch.locale();
    }

    /** The name to greet with; empty when the platform shared no name. */
    public String getDisplayName() {
        return launch == null ? "" : launch.user().displayName().orElse("");
    }

    public String getCourseTitle() {
        return launch == null || launch.context() == null ? "" : launch.context().displayTitle();
    }

    /** Thrown when a page for signed-in users is reached without a launch. */
    public static class NotSignedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotSignedIn() {
            super("Not signed in", null, false, false);
        }
    }
}
