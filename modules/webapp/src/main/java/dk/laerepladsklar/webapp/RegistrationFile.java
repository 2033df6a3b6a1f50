package dk.laerepladsklar.webapp;

import dk.laerepladsklar.lti.api.admin.PlatformAdministration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Declarative registrations: at start-up, imports the platforms listed in the JSON file named by
 * {@code LPK_REGISTRATIONS_FILE} (or {@code -Dlpk.registrations-file}). Importing is idempotent.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class RegistrationFile {

    private static final Logger LOG = Logger.getLogger(RegistrationFile.class);

    @Inject
    PlatformAdministration platforms;

    @PostConstruct
    void importConfiguredFile() {
        String file = System.getProperty("lpk.registrations-file", System.getenv("LPK_REGISTRATIONS_FILE"));
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            int count = platforms.registerAll(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            LOG.infof("Imported %d platform registration(s) from %s", count, file);
        } catch (IOException | IllegalArgumentException e) {
            // The tool still starts; the admin sees why in the log.
            LOG.errorf("REGISTRATION_FILE_REJECTED: %s: %s", file, e.getMessage());
        }
    }
}
