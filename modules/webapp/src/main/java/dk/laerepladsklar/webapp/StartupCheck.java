package dk.laerepladsklar.webapp;

import dk.laerepladsklar.lti.api.admin.InstallationReadiness;
import dk.laerepladsklar.lti.api.admin.ToolKeyAdministration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production installation that is not safe to serve schools (see {@link InstallationReadiness}):
 * the deployment fails with an ERROR that says what to set. Then seals the tool's keys still stored in plain
 * text by an older version (idempotent: nothing to do on every later start).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class);

    @Inject
    InstallationReadiness readiness;
    @Inject
    ToolKeyAdministration toolKeys;

    @PostConstruct
    void check() {
        List<String> problems = readiness.problems();
        if (!problems.isEmpty()) {
            String list = " - " + String.join("\n - ", problems);
            LOG.errorf("INSTALLATION_REFUSED: Lærepladsklar does not start in production until this is fixed "
                    + "(dev mode is -Dlpk.demo=true, for bin/run and tests only):%n%s", list);
            throw new IllegalStateException("Lærepladsklar refuses to start: " + String.join(" ", problems));
        }
        int sealed = toolKeys.sealPlaintextKeys();
        if (sealed > 0) {
            LOG.infof("Encrypted %d tool key(s) that were stored in plain text", sealed);
        }
    }
}
