package dk.laerepladsklar.kernel.health;

import dk.laerepladsklar.kernel.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness check {@value #NAME}: a connection from the pool answers within {@value #TIMEOUT_SECONDS} seconds. Without
 * the database no page works, so the balancer should send nobody here.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "database";
    static final int TIMEOUT_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

    @Resource(lookup = SchemaMigrations.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return down("NOT_VALID");
            }
            return new HealthCheckResponse(NAME, Status.UP,
                    Optional.of(Map.of("millis", (System.nanoTime() - start) / 1_000_000)));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("DATABASE_UNREACHABLE: %s", e.toString());
            return down(e.getClass().getSimpleName());
        }
    }

    private static HealthCheckResponse down(String reason) {
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("reason", reason)));
    }
}
