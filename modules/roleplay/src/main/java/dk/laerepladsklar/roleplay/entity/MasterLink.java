package dk.laerepladsklar.roleplay.entity;

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
 * A link a teacher sends to a real master (a craftsperson or a company) for feedback on one sent attempt: no account,
 * only the link. Its rules: it is made only for an attempt whose student has said yes to it; it lives
 * {@link #LIFETIME} (14 days) and then shows nothing; the student or the teacher may revoke it at any time (and the
 * student taking their yes back revokes every open one); while open, the master may leave one short comment
 * ({@link #MAX_COMMENT} characters; a second replaces the first). Only the SHA-256 of its secret is kept, so the
 * database alone opens no link. Each view is counted here and logged as a {@link LinkView} with its time only.
 */
@Entity
@Table(name = "roleplay_master_link")
public class MasterLink {

    public static final Duration LIFETIME = Duration.ofDays(14);
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_MASTER = 120;
    /** Open links per attempt at once: a few masters, never a mailing list. */
    public static final int MAX_OPEN = 5;

    /** Who closed a link before its time. */
    public enum ClosedBy {
        STUDENT, TEACHER, CONSENT_WITHDRAWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "attempt_id", nullable = false)
    private UUID attemptId;

    /** The student whose attempt it shows (for their export and erasure without joining). */
    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** Hex SHA-256 of the link's secret; the secret itself is shown to the teacher once and kept nowhere. */
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    /** Who it is for, as the teacher wrote it (a master's or a company's name); null when not named. */
    @Column(name = "master_name", length = MAX_MASTER)
    private String masterName;

    /** The teacher who made it (their LMS user id, for the school's own questions; never shown to the master). */
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_by", length = 20)
    private ClosedBy revokedBy;

    @Column(name = "comment_text", length = MAX_COMMENT)
    private String comment;

    @Column(name = "commented_at")
    private Instant commentedAt;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    @Column(name = "last_view_at")
    private Instant lastViewAt;

    @Version
    private int version;

    protected MasterLink() {
    }

    private MasterLink(Attempt attempt, String tokenHash, String masterName, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.attemptId = attempt.getId();
        this.platformId = attempt.getPlatform().value();
        this.studentSubject = attempt.getStudentSubject();
        this.tokenHash = tokenHash;
        this.masterName = masterName;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /**
     * A new link for a sent attempt whose student has said yes.
     *
     * @param tokenHash the hex SHA-256 of the link's secret
     * @param masterName who it is for (optional; blank is none)
     * @param openLinks how many links of this attempt are open now
     */
    public static MasterLink open(Attempt attempt, String tokenHash, String masterName, String createdBy, long openLinks,
                                  Instant now) throws AttemptRefused {
        if (attempt.getState() == AttemptState.DRAFT || attempt.isPreview()) {
            throw new AttemptRefused(AttemptRefused.Reason.WRONG_STATE);
        }
        if (!attempt.hasMasterConsent()) {
            throw new AttemptRefused(AttemptRefused.Reason.MASTER_CONSENT_MISSING);
        }
        if (openLinks >= MAX_OPEN) {
            throw new AttemptRefused(AttemptRefused.Reason.TOO_MANY_LINKS);
        }
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex");
        }
        String name = masterName == null || masterName.isBlank() ? null : masterName.strip();
        if (name != null && (name.length() > MAX_MASTER || name.codePoints().anyMatch(Character::isISOControl))) {
            throw new AttemptRefused(AttemptRefused.Reason.MASTER_NAME_TOO_LONG);
        }
        return new MasterLink(attempt, tokenHash, name, createdBy, now);
    }

    public LinkState state(Instant now) {
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
    }

    public boolean isOpen(Instant now) {
        return state(now) == LinkState.OPEN;
    }

    /** The master opened the page: counted (the view's own row is the façade's). */
    public void viewed(Instant now) throws AttemptRefused {
        requireOpen(now);
        viewCount++;
        lastViewAt = now;
    }

    /** The master's short comment; a later one replaces it while the link is open. */
    public void comment(String text, Instant now) throws AttemptRefused {
        requireOpen(now);
        String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (clean.isEmpty() || clean.length() > MAX_COMMENT
                || clean.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new AttemptRefused(AttemptRefused.Reason.COMMENT_EMPTY_OR_TOO_LONG);
        }
        comment = clean;
        commentedAt = now;
    }

    /**
     * Closes the link now; a closed one stays as it was closed.
     *
     * @return whether this closed it
     */
    public boolean revoke(ClosedBy by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = Objects.requireNonNull(by, "by");
        return true;
    }

    private void requireOpen(Instant now) throws AttemptRefused {
        if (!isOpen(now)) {
            throw new AttemptRefused(AttemptRefused.Reason.LINK_CLOSED);
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getAttemptId() {
        return attemptId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public String getMasterName() {
        return masterName;
    }

    public String getCreatedBy() {
        return createdBy;
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

    public String getComment() {
        return comment;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }

    public int getViewCount() {
        return viewCount;
    }

    public Instant getLastViewAt() {
        return lastViewAt;
    }
}
