package dk.laerepladsklar.lti.core.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The operator's one-time permission for a named school to register the tool by dynamic registration. Only a
 * hash of its secret is stored: the secret itself is shown once, inside the registration URL, and a copy of
 * the database does not let anyone register.
 */
@Entity
@Table(name = "lti_invitation")
public class Invitation {

    static final int MAX_SCHOOL = 255;

    @Id
    private UUID id;

    @Column(nullable = false, length = MAX_SCHOOL)
    private String school;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(String school, String secretHash, Instant createdAt, Instant expiresAt) {
        if (school == null || school.isBlank()) {
            throw new IllegalArgumentException("An invitation needs the school's name");
        }
        if (school.strip().length() > MAX_SCHOOL) {
            throw new IllegalArgumentException("The school's name is longer than " + MAX_SCHOOL + " characters");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invitation must expire after it is created");
        }
        this.id = UUID.randomUUID();
        this.school = school.strip();
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What the invitation is good for right now. */
    public InvitationState stateAt(Instant now) {
        if (usedAt != null) {
            return InvitationState.USED;
        }
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationState.OPEN : InvitationState.EXPIRED;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getSchool() {
        return school;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitation other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
