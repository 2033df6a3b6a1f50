package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way features keep large files: a row per file in the database, the bytes elsewhere (a directory by default,
 * a shared volume for several nodes). Everything is streamed: no method holds a whole file in memory. Whether a
 * person may read a file is {@link dk.laerepladsklar.kernel.access.Access}'s answer for its owner and course; the
 * store itself does not look at who asks.
 */
public interface MediaStore {

    /**
     * Reads the stream to its end and keeps it, if its bytes are of a kind the purpose accepts and it is no larger than
     * the purpose's limit; refused, nothing is kept. The row is written in the caller's transaction (a new one when
     * there is none), and the file is removed again if that transaction rolls back.
     */
    MediaItem put(NewMedia media, InputStream content) throws MediaRefused, IOException;

    Optional<MediaItem> find(UUID id);

    /**
     * The bytes from {@code offset}, at most {@code length} of them (fewer at the end of the file); the caller closes
     * the stream.
     *
     * @throws IllegalArgumentException when the offset is negative or past the end
     */
    InputStream open(MediaItem item, long offset, long length) throws IOException;

    /** Deletes the row now and the file once the transaction has committed; false when there was no such item. */
    boolean delete(UUID id);

    /** Every file a student owns, on every course of their school: for export and erasure. */
    List<MediaItem> ownedBy(StudentRef student);

    /** Every file with this purpose and reference (an attempt's recordings). */
    List<MediaItem> byReference(String purpose, String reference);

    /** Sets when the file is deleted (null keeps it until a date is set); the owning feature decides. */
    void retainUntil(UUID id, Instant until);

    /**
     * The owning feature's word that the file has been assessed: unless it already has a date, it is deleted its
     * school's retention ({@link SchoolRetention}; the operator's {@code LPK_MEDIA_RETENTION_DAYS}, 90 days, unless the
     * school chose otherwise) after {@code at}, and a later change of the school's setting moves that date.
     */
    void assessed(UUID id, Instant at);

    /** The purposes declared by every feature, by name. */
    Optional<MediaPurpose> purpose(String name);
}
