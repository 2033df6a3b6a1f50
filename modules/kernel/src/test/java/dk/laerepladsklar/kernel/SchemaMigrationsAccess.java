package dk.laerepladsklar.kernel;

import javax.sql.DataSource;

/** The application's Flyway set-up, for tests of other kernel packages that need the kernel's tables. */
public final class SchemaMigrationsAccess {

    private SchemaMigrationsAccess() {
    }

    /** Applies the kernel's own migrations, as the application would. */
    public static void migrateKernel(DataSource db) {
        SchemaMigrations.flyway(db, "classpath:db/migration/kernel").migrate();
    }
}
