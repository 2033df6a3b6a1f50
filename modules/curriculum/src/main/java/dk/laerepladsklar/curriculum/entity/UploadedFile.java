package dk.laerepladsklar.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file a student handed in for an upload task (a CV, an application), kept in the database. One per task
 * and student: a new upload replaces the old one. The content type is the one its checked type says, never
 * the one the browser claimed. Lists read it through projections without the content.
 */
@Entity
@Table(name = "module_upload")
public class UploadedFile {

    /** The largest file kept: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Id
    private UUID id;

    @Column(name = "progress_id", nullable = false)
    private UUID progressId;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected UploadedFile() {
    }

    public UploadedFile(UUID progressId, String stepId, String fileName, FileType type, byte[] content, Instant now) {
        this.id = UUID.randomUUID();
        this.progressId = Objects.requireNonNull(progressId, "progress");
        this.stepId = Objects.requireNonNull(stepId, "step");
        replaceWith(fileName, type, content, now);
    }

    /** A new version of the file for the same task. */
    public void replaceWith(String fileName, FileType type, byte[] content, Instant now) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An upload is 1 byte to 10 MB");
        }
        this.fileName = safeName(fileName);
        this.contentType = type.contentType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = now;
    }

    /** The file's own name without any folders or control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    public UUID getId() {
        return id;
    }

    public UUID getProgressId() {
        return progressId;
    }

    public String getStepId() {
        return stepId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
