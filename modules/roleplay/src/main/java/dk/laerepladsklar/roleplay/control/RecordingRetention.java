package dk.laerepladsklar.roleplay.control;

/**
 * How many days after the assessment recordings are deleted, as the student is told before recording: the media
 * store's setting ({@code LPK_MEDIA_RETENTION_DAYS}, {@code -Dlpk.media-retention-days}, 90 when unset), read the same
 * way here because the store deletes by it and the student must be told the same number.
 */
public final class RecordingRetention {

    public static final int DEFAULT_DAYS = 90;

    private RecordingRetention() {
    }

    public static int days() {
        String value = System.getProperty("lpk.media-retention-days");
        if (value == null || value.isBlank()) {
            value = System.getenv("LPK_MEDIA_RETENTION_DAYS");
        }
        try {
            return value == null || value.isBlank() ? DEFAULT_DAYS : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
