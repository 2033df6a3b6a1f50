package dk.laerepladsklar.kernel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.laerepladsklar.kernel.SchemaMigrationsAccess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The school roles' table on PostgreSQL (production and the tests) and H2 (bin/run): one grant of a role per person
 * and school, the same person id free at another school, and only the roles the application knows.
 */
class SchoolRoleSchemaTest {

    @Test
    void onPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            proveOneGrantPerPersonAndSchool(postgres.getPostgresDatabase());
        }
    }

    @Test
    void onH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:roles-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        proveOneGrantPerPersonAndSchool(h2);
    }

    private static void proveOneGrantPerPersonAndSchool(DataSource db) throws Exception {
        SchemaMigrationsAccess.migrateKernel(db);
        UUID school = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        insert(db, school, "hanne", "CONSULTANT");
        insert(db, other, "hanne", "CONSULTANT");
        assertThrows(SQLException.class, () -> insert(db, school, "hanne", "CONSULTANT"), "granted twice");
        assertThrows(SQLException.class, () -> insert(db, school, "ole", "PRINCIPAL"), "a role nobody knows");
        assertEquals(2, count(db));
    }

    private static void insert(DataSource db, UUID platform, String subject, String role) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("insert into school_role "
                + "(id, platform_id, subject, role, display_name, granted_by_subject, granted_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, platform);
            insert.setString(3, subject);
            insert.setString(4, role);
            insert.setString(5, "Hanne");
            insert.setString(6, "it");
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static long count(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from school_role")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
