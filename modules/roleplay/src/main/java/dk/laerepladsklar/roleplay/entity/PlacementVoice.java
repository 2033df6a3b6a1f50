package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded voice for one line of the other person in one placed role-play, uploaded by a teacher of the course (their
 * own voice, or a colleague master's): students hear it instead of the browser's read-aloud. The sound is in the media
 * store; this row says which line it is.
 */
@Entity
@Table(name = "roleplay_placement_voice")
@IdClass(PlacementVoice.Key.class)
public class PlacementVoice {

    /** The primary key: a placement and a line of its scenario. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID placementId;
        private String lineId;

        public Key() {
        }

        public Key(UUID placementId, String lineId) {
            this.placementId = placementId;
            this.lineId = lineId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(placementId, k.placementId) && Objects.equals(lineId, k.lineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(placementId, lineId);
        }
    }

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Id
    @Column(name = "line_id", length = 100)
    private String lineId;

    @Column(name = "media_id", nullable = false)
    private UUID mediaId;

    /** The teacher who uploaded it (staff, not a student). */
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PlacementVoice() {
    }

    public PlacementVoice(UUID placementId, String lineId, UUID mediaId, String uploadedBy, Instant at) {
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.lineId = Objects.requireNonNull(lineId, "line");
        replace(mediaId, uploadedBy, at);
    }

    /** @return the sound it replaced, for the store to delete */
    public UUID replace(UUID mediaId, String uploadedBy, Instant at) {
        UUID old = this.mediaId;
        this.mediaId = Objects.requireNonNull(mediaId, "media");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "teacher");
        this.uploadedAt = at;
        return old;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public String getLineId() {
        return lineId;
    }

    public UUID getMediaId() {
        return mediaId;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
