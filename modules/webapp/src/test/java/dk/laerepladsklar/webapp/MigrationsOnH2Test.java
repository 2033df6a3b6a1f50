package dk.laerepladsklar.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Command 1 ({@code bin/run}) runs the tool on the H2 that WildFly ships (2.2.224), in the mode
 * {@code bin/configure-wildfly} gives it; the end-to-end tests run on PostgreSQL. A migration that only PostgreSQL
 * understands (a partial index, say) passes every IT and leaves command 1 with a tool that does not deploy. So every
 * module's migrations, as the web app carries them, run here on that H2, and every migration file in the sources must
 * be among those applied (a module missing from the web app would be caught too).
 */
class MigrationsOnH2Test {

    private static final Path ROOT = Path.of("..", "..");
    /** The URL's options as {@code bin/configure-wildfly} sets them for the dev data source. */
    private static final String MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationRunsOnTheH2OfCommandOne() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations" + MODE);
        h2.setUser("sa");
        h2.setPassword("sa");
        try (Connection keepAlive = h2.getConnection()) {
            MigrateResult result = Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
            assertTrue(result.success, "migrations failed: " + result.warnings);
            List<String> sources = migrationFiles();
            assertTrue(sources.size() > 30, "the sources' migrations were found: " + sources);
            assertEquals(sources.size(), result.migrationsExecuted,
                    "every migration file of every module is applied: " + sources);
            try (ResultSet tables = keepAlive.createStatement().executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'placement'")) {
                tables.next();
                assertEquals(1, tables.getInt(1), "the schema is there");
            }
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Stream.of(ROOT.resolve("lti-tool"), ROOT.resolve("modules")).flatMap(MigrationsOnH2Test::walk)) {
            return files.filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/db/migration/"))
                    .filter(p -> p.getFileName().toString().matches("V[0-9_]+__.+\\.sql"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
