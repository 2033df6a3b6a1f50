package dk.laerepladsklar.careerplan.entity;

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
 * That a student's plan has been opened from a placed career-plan activity: the plan is one per school, but each
 * course that placed it has its own gradebook column, so a change of state is reported to every placement the plan
 * was opened from.
 */
@Entity
@Table(name = "career_plan_placement")
@IdClass(PlanPlacement.Key.class)
public class PlanPlacement {

    /** The composite key, as JPA wants it: a plain class with the id fields' names. */
    public static class Key implements Serializable {
        private UUID planId;
        private UUID placementId;

        public Key() {
        }

        public Key(UUID planId, UUID placementId) {
            this.planId = planId;
            this.placementId = placementId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(placementId, k.placementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, placementId);
        }
    }

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "first_opened_at", nullable = false)
    private Instant firstOpenedAt;

    protected PlanPlacement() {
    }

    public PlanPlacement(UUID planId, UUID placementId, Instant at) {
        this.planId = Objects.requireNonNull(planId, "plan");
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.firstOpenedAt = at;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public Instant getFirstOpenedAt() {
        return firstOpenedAt;
    }
}
