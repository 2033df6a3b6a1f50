package dk.laerepladsklar.media.entity;

import dk.laerepladsklar.kernel.media.SchoolRetention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The retention one school's administrator chose; a school without a row keeps the operator's default. */
@Entity
@Table(name = "media_school_retention")
public class SchoolRetentionRow {

    @Id
    @Column(name = "platform_id")
    private UUID platformId;

    @Column(name = "retention_days", nullable = false)
    private int days;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SchoolRetentionRow() {
        // for JPA
    }

    public SchoolRetentionRow(UUID platformId, int days, Instant changedAt) {
        this.platformId = Objects.requireNonNull(platformId, "platform");
        change(days, changedAt);
    }

    public void change(int days, Instant at) {
        if (!SchoolRetention.acceptable(days)) {
            throw new IllegalArgumentException("Retention must be " + SchoolRetention.MIN_DAYS + "–" + SchoolRetention.MAX_DAYS
                    + " days, not " + days);
        }
        this.days = days;
        this.changedAt = Objects.requireNonNull(at, "changed at");
    }

    public int getDays() {
        return days;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
