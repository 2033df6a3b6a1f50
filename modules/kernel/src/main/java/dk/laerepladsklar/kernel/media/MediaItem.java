package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored file, as its row describes it: the bytes live in the store, never in the database.
 *
 * @param contentType   the type read from the bytes (never what the browser claimed)
 * @param retainUntil   when the retention job deletes it; null while it is kept (until the owner feature sets a date)
 */
public record MediaItem(UUID id, StudentRef owner, CourseRef course, String purpose, String reference,
                        MediaKind kind, String contentType, long size, Instant createdAt, Instant retainUntil) {

    public Optional<String> referenceIfAny() {
        return Optional.ofNullable(reference);
    }

    public Optional<Instant> retention() {
        return Optional.ofNullable(retainUntil);
    }
}
