package dk.laerepladsklar.media.entity;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.NewMedia;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored file. Written only once its bytes are in the store and checked, so a row always has a whole file behind
 * it; the size and type are what was stored and read from the bytes, never what a client claimed.
 */
@Entity
@Table(name = "media_item")
public class MediaRow {

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(length = 200)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediaKind kind;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retain_until")
    private Instant retainUntil;

    /** When the owning feature marked it assessed; null before, or when the feature set a date of its own. */
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected MediaRow() {
        // for JPA
    }

    public MediaRow(UUID id, NewMedia media, MediaKind kind, String contentType, long size, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.platformId = media.owner().platform().value();
        this.courseId = media.course().courseId();
        this.studentSubject = media.owner().subject();
        this.purpose = media.purpose().name();
        this.reference = media.reference();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.contentType = Objects.requireNonNull(contentType, "content type");
        if (size < 1) {
            throw new IllegalArgumentException("A stored file has bytes");
        }
        this.size = size;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    public UUID getId() {
        return id;
    }

    public Instant getRetainUntil() {
        return retainUntil;
    }

    /** The owning feature's own date: a school's later change of its setting does not move it. */
    public void retainUntil(Instant until) {
        this.retainUntil = until;
        this.assessedAt = null;
    }

    /** Assessed at {@code at}, to be deleted at {@code until} (from the school's setting). */
    public void assessed(Instant at, Instant until) {
        this.assessedAt = Objects.requireNonNull(at, "assessed at");
        this.retainUntil = Objects.requireNonNull(until, "until");
    }

    /** A school's changed setting moved the date of this assessed file. */
    public void rescheduled(Instant until) {
        this.retainUntil = Objects.requireNonNull(until, "until");
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public MediaItem toItem() {
        PlatformId platform = new PlatformId(platformId);
        return new MediaItem(id, new StudentRef(platform, studentSubject), new CourseRef(platform, courseId), purpose,
                reference, kind, contentType, size, createdAt, retainUntil);
    }
}
