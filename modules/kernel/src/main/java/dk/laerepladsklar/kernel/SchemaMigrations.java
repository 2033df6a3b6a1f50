package dk.laerepladsklar.kernel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date at start-up. Flyway owns the schema; Hibernate never creates tables. Each
 * module ships its migrations under {@code db/migration/<module>/}, in a version range of its own; migrations run
 * out of order, so a module can add one after a higher-numbered module's.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String DATASOURCE = "java:jboss/datasources/LaerepladsklarDS";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    /** The one Flyway set-up, for the application and for the test that proves the ranges can grow. */
    static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // Each module numbers its own range (lti 1.x, kernel 2.x, ...): a new migration in a lower range
                // after a higher one was applied must still run, not fail validation.
                .outOfOrder(true)
                .load();
    }

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        MigrateResult result = flyway(dataSource, "classpath:db/migration").migrate();
        LOG.infof("Schema at version %s (%d migrations applied) in %d ms", result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000);
        SchemaHistory.migrated(dataSource);
    }
}
