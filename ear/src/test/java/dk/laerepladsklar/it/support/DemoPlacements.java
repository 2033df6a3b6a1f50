package dk.laerepladsklar.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Teaching modules placed straight in the demo course's database rows, for tests that need only a placement. */
public final class DemoPlacements {

    private DemoPlacements() {
    }

    /**
     * Places a module in the demo course {@code tomrer-gf2}, bound to a link of its own that the LMS does not show
     * (the player needs only the placement id, and only a bound placement opens; the course's own links stay free
     * for other tests). The demo LMS must have launched once.
     */
    public static UUID placeModule(String moduleKey, String title) throws SQLException {
        return place("teaching-module", moduleKey, title, 100);
    }

    /** Places an activity of any type in the demo course, as {@link #placeModule} does. */
    public static UUID place(String type, String key, String title, double scoreMaximum) throws SQLException {
        return place("tomrer-gf2", type, key, title, scoreMaximum);
    }

    /** Places an activity in a course of the demo LMS. */
    public static UUID place(String course, String type, String key, String title, double scoreMaximum) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection()) {
            UUID platform;
            try (ResultSet rs = db.createStatement().executeQuery("select id from lti_platform where client_id = 'lpk-demo-client'")) {
                if (!rs.next()) {
                    throw new AssertionError("the demo LMS is registered at its first launch: launch before placing");
                }
                platform = rs.getObject(1, UUID.class);
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement("insert into placement (id, platform_id, context_id, "
                    + "resource_link_id, activity_type, activity_key, title, score_maximum, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, platform);
                insert.setString(3, course);
                insert.setString(4, "test-link-" + id);
                insert.setString(5, type);
                insert.setString(6, key);
                insert.setString(7, title);
                insert.setDouble(8, scoreMaximum);
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return id;
        }
    }

    /**
     * Places an activity as a part of a placed whole, as the kernel's {@code Placements.placeWithin} does: the
     * whole's platform and course, no link of its own, no column of its own.
     */
    public static UUID placeWithin(UUID whole, String type, String key, String title, double scoreMaximum) throws SQLException {
        return placeWithin(whole, type, key, title, scoreMaximum, Instant.now());
    }

    /** A part made at a given time (for the cleanup, which looks at a placement's age). */
    public static UUID placeWithin(UUID whole, String type, String key, String title, double scoreMaximum, Instant madeAt)
            throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement insert = db.prepareStatement("insert into placement (id, platform_id, context_id, "
                     + "activity_type, activity_key, title, score_maximum, created_at, part_of) "
                     + "select ?, platform_id, context_id, ?, ?, ?, ?, ?, id from placement where id = ?")) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, key);
            insert.setString(4, title);
            insert.setDouble(5, scoreMaximum);
            insert.setTimestamp(6, Timestamp.from(madeAt));
            insert.setObject(7, whole);
            if (insert.executeUpdate() != 1) {
                throw new AssertionError("no whole " + whole + " to place a part in");
            }
            return id;
        }
    }

    /** The teacher's "own column" choice for a part, as the kernel's {@code Placements.giveOwnColumn} stores it. */
    public static void giveOwnColumn(UUID part, boolean own) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement update = db.prepareStatement("update placement set own_column = ? where id = ? and part_of is not null")) {
            update.setBoolean(1, own);
            update.setObject(2, part);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no part " + part);
            }
        }
    }
}
