package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A teacher's own rubric for one placed role-play, replacing the scenario's: which of its criteria count, in the
 * teacher's words, with the teacher's points. Kept as the rubric's JSON (the scenario pack's form), written and read by
 * {@code RubricJson}; whether a change is allowed is {@code RubricEdits}'s question.
 */
@Entity
@Table(name = "roleplay_placement_rubric")
public class PlacementRubric {

    /** The longest JSON a rubric may take (a few criteria, each with a few levels of at most 600 characters). */
    public static final int MAX_JSON = 60_000;

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(nullable = false, length = MAX_JSON)
    private String criteria;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The LMS subject of the teacher who changed it last (staff, not a student: not personal data of a student). */
    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private int version;

    protected PlacementRubric() {
    }

    public PlacementRubric(UUID placementId, String criteria, String changedBy, Instant at) {
        this.placementId = Objects.requireNonNull(placementId, "placement");
        replace(criteria, changedBy, at);
    }

    public void replace(String criteria, String changedBy, Instant at) {
        if (criteria == null || criteria.isBlank() || criteria.length() > MAX_JSON) {
            throw new IllegalArgumentException("A placement's rubric is 1.." + MAX_JSON + " characters of JSON");
        }
        this.criteria = criteria;
        this.changedBy = Objects.requireNonNull(changedBy, "teacher");
        this.changedAt = at;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public String getCriteria() {
        return criteria;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
