package dk.laerepladsklar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each module owns a version range in one history. A module with a low range must be able to add a migration
 * after a module with a higher range was applied on a running installation (a real PostgreSQL here).
 */
class SchemaMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void aLowerModuleAddsAMigrationAfterAHigherModulesWasApplied() throws Exception {
        Path lti = Files.createDirectories(dir.resolve("lti"));
        Path classroom = Files.createDirectories(dir.resolve("classroom"));
        Files.writeString(lti.resolve("V1_1__first.sql"), "create table lti_first (id int primary key);");
        Files.writeString(classroom.resolve("V5_1__progress.sql"), "create table classroom_progress (id int primary key);");
        String[] locations = {"filesystem:" + lti, "filesystem:" + classroom};
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            assertEquals(2, SchemaMigrations.flyway(db, locations).migrate().migrationsExecuted);

            // A later release of the lti module adds V1_2, below the applied V5_1.
            Files.writeString(lti.resolve("V1_2__later.sql"), "create table lti_later (id int primary key);");
            assertEquals(1, SchemaMigrations.flyway(db, locations).migrate().migrationsExecuted);
            assertEquals(0, SchemaMigrations.flyway(db, locations).migrate().migrationsExecuted);

            try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from information_schema.tables where table_name in ('lti_first', 'classroom_progress', 'lti_later')")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
        }
    }
}
