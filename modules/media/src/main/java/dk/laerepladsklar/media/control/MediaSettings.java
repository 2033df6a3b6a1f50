package dk.laerepladsklar.media.control;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The media store's settings, from {@code -Dlpk.…} system properties or else the environment, as every setting of the
 * tool is read.
 */
public final class MediaSettings {

    /** When a file assessed without a date of its own is deleted, counted from the assessment. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    private MediaSettings() {
    }

    /**
     * {@code LPK_MEDIA_DIR} ({@code -Dlpk.media-dir}); else {@code media} in WildFly's data directory. Several nodes
     * must name the same shared volume.
     */
    public static Path directory() {
        String value = setting("lpk.media-dir", "LPK_MEDIA_DIR");
        if (value != null) {
            return Path.of(value);
        }
        String data = System.getProperty("jboss.server.data.dir");
        return data != null ? Path.of(data, "media") : Path.of("data", "media");
    }

    /** {@code LPK_MEDIA_RETENTION_DAYS} ({@code -Dlpk.media-retention-days}), at least 1; 90 when unset or unreadable. */
    public static Duration retention() {
        String value = setting("lpk.media-retention-days", "LPK_MEDIA_RETENTION_DAYS");
        try {
            return Duration.ofDays(value == null ? DEFAULT_RETENTION_DAYS : Math.max(1, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofDays(DEFAULT_RETENTION_DAYS);
        }
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
