package dk.laerepladsklar.careerplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A published profile shared as a link a student sends to a company. Only the SHA-256 of its secret is kept. It is
 * open until it expires (30 days unless the student chose otherwise), the student revokes it or withdraws the
 * profile; each view is counted for the student (the count and the last time, nothing about who looked).
 */
@Entity
@Table(name = "career_profile_link")
public class ProfileLink {

    public static final Duration LIFETIME = Duration.ofDays(30);
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;
    /** Open links per profile: enough for every company a student writes to in a month. */
    public static final int MAX_OPEN = 20;

    /** Where a link stands at a moment. */
    public enum State { OPEN, EXPIRED, REVOKED }

    /** Who closed a link before its time. */
    public enum ClosedBy { STUDENT, WITHDRAWN }

    @Id
    private UUID id;

    @Column(name = "profile_id", nullable = false)
    private UUID profileId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_by", length = 20)
    private ClosedBy revokedBy;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    @Column(name = "last_view_at")
    private Instant lastViewAt;

    @Version
    private long version;

    protected ProfileLink() {
    }

    /**
     * A new link to a published profile, open for {@code days} days.
     *
     * @param openNow how many of the profile's links are open now
     */
    public static ProfileLink open(CareerProfile profile, String tokenHash, int days, long openNow, Instant now) {
        Objects.requireNonNull(profile, "profile");
        if (!profile.isPublished()) {
            throw new PlanRefused("PROFILE_NOT_PUBLISHED");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new PlanRefused("PROFILE_LINK_DAYS_OUT_OF_RANGE");
        }
        if (openNow >= MAX_OPEN) {
            throw new PlanRefused("PROFILE_TOO_MANY_LINKS");
        }
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex");
        }
        ProfileLink link = new ProfileLink();
        link.id = UUID.randomUUID();
        link.profileId = profile.getId();
        link.tokenHash = tokenHash;
        link.createdAt = now;
        link.expiresAt = now.plus(Duration.ofDays(days));
        return link;
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public boolean isOpen(Instant now) {
        return state(now) == State.OPEN;
    }

    /** Closes the link now; false when it was closed already. */
    public boolean revoke(ClosedBy by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = Objects.requireNonNull(by, "by");
        return true;
    }

    /** One view of the open link. */
    public void viewed(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("A closed link is not viewed");
        }
        viewCount++;
        lastViewAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProfileId() {
        return profileId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public ClosedBy getRevokedBy() {
        return revokedBy;
    }

    public int getViewCount() {
        return viewCount;
    }

    public Instant getLastViewAt() {
        return lastViewAt;
    }
}
