package dk.laerepladsklar.lti.core.admin;

import dk.laerepladsklar.lti.api.admin.InstallationReadiness;
import dk.laerepladsklar.lti.core.InstallationCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The admin port's readiness: {@link InstallationCheck} on this installation's settings. */
@ApplicationScoped
public class InstallationReadinessCheck implements InstallationReadiness {

    @Override
    public List<String> problems() {
        return InstallationCheck.problems(InstallationCheck.Settings.ofInstallation());
    }
}
