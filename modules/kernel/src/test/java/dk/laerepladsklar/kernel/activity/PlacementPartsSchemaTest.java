package dk.laerepladsklar.kernel.activity;

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
 * The kernel's schema keeps parts with their whole, on PostgreSQL (production and the tests) and on H2 (bin/run): a
 * part goes when its whole is deleted, and a part can never be bound to a link of its own.
 */
class PlacementPartsSchemaTest {

    @Test
    void onPostgresqlAPartGoesWithItsWholeAndHasNoLinkOfItsOwn() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            provePartsKeptWithTheirWhole(postgres.getPostgresDatabase());
        }
    }

    @Test
    void onH2APartGoesWithItsWholeAndHasNoLinkOfItsOwn() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:parts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        provePartsKeptWithTheirWhole(h2);
    }

    private static void provePartsKeptWithTheirWhole(DataSource db) throws Exception {
        SchemaMigrationsAccess.migrateKernel(db);
        UUID platform = UUID.randomUUID();
        UUID week = insert(db, platform, null, "link-week");
        UUID module = insert(db, platform, week, null);
        UUID rolePlay = insert(db, platform, week, null);
        UUID other = insert(db, platform, null, "link-other");
        assertEquals(4, count(db, "select count(*) from placement"));
        assertEquals(2, count(db, "select count(*) from placement where part_of = '" + week + "'"));
        assertEquals(0, count(db, "select count(*) from placement where own_column"), "no part has a column of its own at first");

        assertThrows(SQLException.class, () -> update(db, "update placement set resource_link_id = 'typed' where id = '" + module + "'"),
                "a part is never bound to a link");
        assertThrows(SQLException.class, () -> insert(db, platform, UUID.randomUUID(), null), "a part of nothing");

        update(db, "delete from placement where id = '" + week + "'");

        assertEquals(1, count(db, "select count(*) from placement"), "the whole's parts went with it");
        assertEquals(1, count(db, "select count(*) from placement where id = '" + other + "'"));
        assertEquals(0, count(db, "select count(*) from placement where id in ('" + module + "', '" + rolePlay + "')"));
    }

    private static UUID insert(DataSource db, UUID platform, UUID partOf, String link) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("insert into placement (id, "
                + "platform_id, context_id, resource_link_id, activity_type, activity_key, title, score_maximum, created_at, "
                + "part_of) values (?, ?, 'course-1', ?, 'teaching-module', 'networking', 'Netværk', 100, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, platform);
            insert.setString(3, link);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setObject(5, partOf);
            insert.executeUpdate();
        }
        return id;
    }

    private static void update(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
