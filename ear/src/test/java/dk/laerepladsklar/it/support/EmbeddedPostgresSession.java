package dk.laerepladsklar.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (embedded binaries) before Arquillian starts WildFly, whose datasource reads
 * its URL from {@code LPK_DB_URL} (set by failsafe to this port), and stops it when the run ends.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("lpk.test.pg-port", 15432))
                    .setServerConfig("max_connections", "150")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the run is over
            }
            postgres = null;
        }
    }

    /** The test database, for asserting on what the application stored. */
    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return postgres.getPostgresDatabase();
    }
}
