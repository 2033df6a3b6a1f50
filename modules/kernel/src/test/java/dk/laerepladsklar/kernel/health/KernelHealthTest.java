package dk.laerepladsklar.kernel.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.SchemaHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's readiness and liveness checks on a real (H2) database migrated by Flyway, as the server runs them. */
class KernelHealthTest {

    @TempDir
    Path dir;
    JdbcDataSource db;
    long appliedAtStart;

    @BeforeEach
    void migrate() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1_1__one.sql"), "create table one (id int primary key);");
        Files.writeString(migrations.resolve("V2_1__two.sql"), "create table two (id int primary key);");
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        db.setUser("sa");
        db.setPassword("sa");
        Flyway.configure().dataSource(db).locations("filesystem:" + migrations).load().migrate();
        try (Connection connection = db.getConnection()) {
            appliedAtStart = SchemaHistory.read(connection).applied();
        }
    }

    @Test
    void aMigratedDatabaseIsReady() {
        assertTrue(appliedAtStart >= 2, "both migrations (and Flyway's own schema entry) are in the history");
        HealthCheckResponse database = database(db).call();
        assertEquals("database", database.getName());
        assertEquals(Status.UP, database.getStatus());
        HealthCheckResponse migrations = migrations(appliedAtStart).call();
        assertEquals("schema-migrations", migrations.getName());
        assertEquals(Status.UP, migrations.getStatus());
        assertEquals(appliedAtStart, migrations.getData().orElseThrow().get("applied"));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNotReady() {
        JdbcDataSource gone = new JdbcDataSource();
        gone.setURL("jdbc:h2:file:" + dir.resolve("no-such-db") + ";IFEXISTS=TRUE");
        HealthCheckResponse database = database(gone).call();
        assertEquals(Status.DOWN, database.getStatus());
        assertEquals(Status.DOWN, migrations(appliedAtStart, gone).call().getStatus());
    }

    @Test
    void migrationsThatHaveNotRunAreNotReady() {
        HealthCheckResponse answer = migrations(-1).call();
        assertEquals(Status.DOWN, answer.getStatus());
        assertEquals("NOT_MIGRATED", answer.getData().orElseThrow().get("reason"));
    }

    @Test
    void aDatabaseRestoredFromBeforeAMigrationIsNotReady() throws Exception {
        execute("delete from flyway_schema_history where version = '2.1'");
        HealthCheckResponse answer = migrations(appliedAtStart).call();
        assertEquals(Status.DOWN, answer.getStatus());
        assertEquals("MISSING_MIGRATIONS", answer.getData().orElseThrow().get("reason"));
    }

    @Test
    void aFailedMigrationIsNotReady() throws Exception {
        execute("update flyway_schema_history set success = false where version = '2.1'");
        execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) values (99, '2.2', 'x', 'SQL', 'V2_2__x.sql', 0, 'sa', 0, true)");
        HealthCheckResponse answer = migrations(appliedAtStart).call();
        assertEquals(Status.DOWN, answer.getStatus());
        assertEquals("FAILED_MIGRATION", answer.getData().orElseThrow().get("reason"));
    }

    @Test
    void anotherNodesNewerMigrationKeepsThisOneReady() throws Exception {
        execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) values (99, '3.1', 'x', 'SQL', 'V3_1__x.sql', 0, 'sa', 0, true)");
        assertEquals(Status.UP, migrations(appliedAtStart).call().getStatus());
    }

    @Test
    void aLiveServerWithoutDeadlocksIsAlive() {
        HealthCheckResponse answer = new ThreadsLiveness().call();
        assertEquals("threads", answer.getName());
        assertEquals(Status.UP, answer.getStatus());
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static DatabaseReadiness database(JdbcDataSource dataSource) {
        DatabaseReadiness check = new DatabaseReadiness();
        check.dataSource = dataSource;
        return check;
    }

    private MigrationsReadiness migrations(long expected) {
        return migrations(expected, db);
    }

    private static MigrationsReadiness migrations(long expected, JdbcDataSource dataSource) {
        MigrationsReadiness check = new MigrationsReadiness();
        check.dataSource = dataSource;
        check.appliedAtStart = () -> expected;
        return check;
    }
}
