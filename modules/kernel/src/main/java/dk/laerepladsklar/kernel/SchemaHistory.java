package dk.laerepladsklar.kernel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * What Flyway's history table says, read with one cheap query, and what it said when this node's migrations finished.
 * The readiness check compares the two: a database restored from an older dump, or one where a migration failed
 * since, is not ready for this node's code.
 */
public final class SchemaHistory {

    static final String TABLE = "flyway_schema_history";
    private static final Logger LOG = Logger.getLogger(SchemaHistory.class);
    /** Successful entries when this node's migrations finished; -1 while they have not (yet). */
    private static volatile long appliedAtStart = -1;

    private SchemaHistory() {
    }

    /** Successful and failed entries in the history table. */
    public record Counts(long applied, long failed) {
    }

    public static Counts read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select coalesce(sum(case when success then 1 else 0 end), 0), "
                     + "coalesce(sum(case when success then 0 else 1 end), 0) from " + TABLE)) {
            rows.next();
            return new Counts(rows.getLong(1), rows.getLong(2));
        }
    }

    /** Called once the migrations ran: remembers how many entries the history had then. */
    static void migrated(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            appliedAtStart = read(connection).applied();
        } catch (SQLException e) {
            LOG.warnf("The schema history cannot be read after migrating: %s", e.toString());
        }
    }

    /** Successful entries when this node's migrations finished; -1 while they have not. */
    public static long appliedAtStart() {
        return appliedAtStart;
    }

    /** For tests: as if this node had (or had not, with -1) finished its migrations. */
    static void appliedAtStart(long value) {
        appliedAtStart = value;
    }
}
