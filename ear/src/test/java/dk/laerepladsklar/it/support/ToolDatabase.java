package dk.laerepladsklar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The tool's rows in the test database, read as text for asserting on what was stored: the first column of each row,
 * a time as an ISO instant, anything else as PostgreSQL writes it ({@code t} for true). Values are bound in order.
 */
public final class ToolDatabase {

    private ToolDatabase() {
    }

    public static List<String> rows(String sql, Object... values) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, values);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Object value = rs.getObject(1);
                    found.add(value == null ? null : value instanceof Timestamp t ? t.toInstant().toString()
                            : value instanceof OffsetDateTime o ? o.toInstant().toString() : rs.getString(1));
                }
            }
            return found;
        }
    }

    /** The one row there must be. */
    public static String one(String sql, Object... values) throws Exception {
        List<String> found = rows(sql, values);
        assertEquals(1, found.size(), sql);
        return found.get(0);
    }

    public static void update(String sql, Object... values) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, values);
            query.executeUpdate();
        }
    }

    private static void bind(PreparedStatement query, Object... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            query.setObject(i + 1, values[i]);
        }
    }
}
