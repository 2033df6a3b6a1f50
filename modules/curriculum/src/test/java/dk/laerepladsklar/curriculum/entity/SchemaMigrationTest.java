package dk.laerepladsklar.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The curriculum's migration runs on H2 in PostgreSQL mode, as the dev server configures it (the end-to-end
 * tests run it on PostgreSQL), after the kernel's, and its constraints hold.
 */
class SchemaMigrationTest {

    private static final String URL = "jdbc:h2:mem:curriculum;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void theMigrationsRunAndKeepOneRowPerStudentAndStep() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa")) {
            UUID placement = UUID.randomUUID();
            UUID platform = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            insert(db, "insert into placement (id, platform_id, context_id, resource_link_id, activity_type, activity_key, title, "
                    + "score_maximum, created_at) values (?, ?, 'course', 'link', 'teaching-module', 'networking', 'Netværk', 100, ?)",
                    placement, platform, now);
            UUID progress = UUID.randomUUID();
            String progressRow = "insert into module_progress (id, placement_id, platform_id, student_subject, preview, state, fraction_done, "
                    + "started_at, updated_at, version) values (?, ?, ?, 'student-ali', false, 'NOT_STARTED', 0, ?, ?, 0)";
            insert(db, progressRow, progress, placement, platform, now, now);
            assertThrows(SQLException.class, () -> insert(db, progressRow, UUID.randomUUID(), placement, platform, now, now));

            byte[] pdf = "%PDF-1.7 a small file".getBytes();
            String uploadRow = "insert into module_upload (id, progress_id, step_id, file_name, content_type, size_bytes, content, "
                    + "uploaded_at) values (?, ?, 'cv-upload', 'cv.pdf', 'application/pdf', ?, ?, ?)";
            insert(db, uploadRow, UUID.randomUUID(), progress, (long) pdf.length, pdf, now);
            assertThrows(SQLException.class, () -> insert(db, uploadRow, UUID.randomUUID(), progress, (long) pdf.length, pdf, now));
            try (ResultSet rs = db.createStatement().executeQuery("select content from module_upload")) {
                rs.next();
                assertArrayEquals(pdf, rs.getBytes(1));
            }

            insert(db, "insert into module_quiz_answer (id, progress_id, step_id, question_id, first_option_id, first_correct, "
                    + "last_option_id, last_correct, attempts, first_answered_at, last_answered_at) "
                    + "values (?, ?, 'check', 'q1', 'a', true, 'a', true, 1, ?, ?)", UUID.randomUUID(), progress, now, now);
            insert(db, "insert into module_step_progress (id, progress_id, step_id, done, reflection_text, updated_at) "
                    + "values (?, ?, 'think', true, ?, ?)", UUID.randomUUID(), progress, "x".repeat(ReflectionStep.MAX_LENGTH), now);
            insert(db, "insert into module_step_progress (id, progress_id, step_id, done, voice_media_id, work_media_id, work_kind, "
                    + "work_caption, updated_at) values (?, ?, 'show', true, ?, ?, 'PHOTO', ?, ?)", UUID.randomUUID(), progress,
                    UUID.randomUUID(), UUID.randomUUID(), "y".repeat(TaskStep.MAX_CAPTION), now);
            assertThrows(SQLException.class, () -> insert(db, "insert into module_step_progress (id, progress_id, step_id, done, "
                    + "work_caption, updated_at) values (?, ?, 'long', true, ?, ?)", UUID.randomUUID(), progress,
                    "y".repeat(TaskStep.MAX_CAPTION + 1), now));

            db.createStatement().execute("delete from placement");
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from module_step_progress")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "progress goes with its placement");
            }
        }
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
