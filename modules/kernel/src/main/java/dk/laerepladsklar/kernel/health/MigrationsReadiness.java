package dk.laerepladsklar.kernel.health;

import dk.laerepladsklar.kernel.SchemaHistory;
import dk.laerepladsklar.kernel.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@value #NAME}: this node's schema migrations finished, and the database still holds every one of
 * them with none failed. A database restored from an older dump (or changed by hand) under a running node is caught
 * here rather than by a student's failing page. Another node's newer migrations are fine: they only add.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    public static final String NAME = "schema-migrations";

    @Resource(lookup = SchemaMigrations.DATASOURCE)
    DataSource dataSource;

    LongSupplier appliedAtStart = SchemaHistory::appliedAtStart;

    @Override
    public HealthCheckResponse call() {
        long expected = appliedAtStart.getAsLong();
        if (expected < 0) {
            return down("NOT_MIGRATED", Map.of());
        }
        SchemaHistory.Counts counts;
        try (Connection connection = dataSource.getConnection()) {
            counts = SchemaHistory.read(connection);
        } catch (SQLException | RuntimeException e) {
            return down("HISTORY_UNREADABLE", Map.of());
        }
        Map<String, Object> data = Map.of("applied", counts.applied(), "expected", expected, "failed", counts.failed());
        if (counts.failed() > 0) {
            return down("FAILED_MIGRATION", data);
        }
        if (counts.applied() < expected) {
            return down("MISSING_MIGRATIONS", data);
        }
        return new HealthCheckResponse(NAME, Status.UP, Optional.of(data));
    }

    private static HealthCheckResponse down(String reason, Map<String, Object> data) {
        Map<String, Object> all = new java.util.HashMap<>(data);
        all.put("reason", reason);
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.copyOf(all)));
    }
}
