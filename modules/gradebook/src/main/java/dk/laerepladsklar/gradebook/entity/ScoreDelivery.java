package dk.laerepladsklar.gradebook.entity;

import dk.laerepladsklar.lti.api.Score;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One score on its way to a platform's gradebook column, written in the same transaction as the progress
 * that produced it. Its timestamp is whole seconds and strictly later than the previous score for the same
 * student and placement, because Moodle refuses (409) a timestamp that is not later at one-second resolution.
 * <p>
 * Exactly once, last value wins: a worker takes a row with a lease that carries its own token, and only the holder
 * of that token may settle the row. A newer score is folded into a row only while no worker holds it, and folding
 * it in voids any older lease, so an answer for the older value can never mark the newer one as sent. The version
 * makes any write from a stale copy fail instead of overwriting.
 */
@Entity
@Table(name = "score_delivery")
public class ScoreDelivery {

    @Id
    private UUID id;

    /** Creation order: the worker sends in this order. */
    @Column(nullable = false)
    private long seq;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "score_given", nullable = false)
    private double scoreGiven;

    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_progress", nullable = false)
    private Score.ActivityProgress activityProgress;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_progress", nullable = false)
    private Score.GradingProgress gradingProgress;

    /** The timestamp sent to the platform. */
    @Column(name = "score_timestamp", nullable = false)
    private Instant scoreTimestamp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** While a worker sends it, no other worker (on any node) takes it. */
    @Column(name = "leased_until")
    private Instant leasedUntil;

    /** Whose lease it is: only the worker holding this token may settle the row. */
    @Column(name = "lease_token")
    private UUID leaseToken;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScoreDelivery() {
    }

    /** A score still in progress waits this long for the next one, so a student working through steps sends one. */
    public static final Duration SETTLE_IN_PROGRESS = Duration.ofSeconds(10);
    /** ... but never longer than this after it was first written. */
    static final Duration SETTLE_AT_MOST = Duration.ofSeconds(60);

    /**
     * @param previousTimestamp the timestamp of the previous score for this student and placement, or null
     * @param settle            how long to wait for a newer score before sending (zero for a final one)
     */
    public ScoreDelivery(long seq, UUID placementId, UUID platformId, String studentSubject, double scoreGiven,
                         double scoreMaximum, Score.ActivityProgress activityProgress,
                         Score.GradingProgress gradingProgress, Instant now, Instant previousTimestamp, Duration settle) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.placementId = Objects.requireNonNull(placementId);
        this.platformId = Objects.requireNonNull(platformId);
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.scoreTimestamp = laterThan(previousTimestamp, now);
        change(scoreGiven, scoreMaximum, activityProgress, gradingProgress);
        settle(now, settle);
    }

    private void settle(Instant now, Duration settle) {
        Instant wanted = now.plus(settle);
        Instant latest = createdAt.plus(SETTLE_AT_MOST);
        Instant due = wanted.isAfter(latest) ? latest : wanted;
        nextAttemptAt = due.isBefore(scoreTimestamp) ? scoreTimestamp : due;
    }

    /** Whole seconds, not before {@code now}, and at least one second after {@code previous}. */
    static Instant laterThan(Instant previous, Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        if (previous != null && !second.isAfter(previous.truncatedTo(ChronoUnit.SECONDS))) {
            second = previous.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        }
        return second;
    }

    /** A newer score for a delivery that has not been taken by a worker yet: the newest wins, sent once. */
    public boolean absorb(double scoreGiven, double scoreMaximum, Score.ActivityProgress activityProgress,
                          Score.GradingProgress gradingProgress, Instant now, Duration settle) {
        if (status != DeliveryStatus.PENDING || attempts > 0 || isLeased(now)) {
            return false;
        }
        leaseToken = null; // a lease that ran out belongs to a send of the older value: it may settle nothing now
        change(scoreGiven, scoreMaximum, activityProgress, gradingProgress);
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        if (second.isAfter(scoreTimestamp)) {
            scoreTimestamp = second; // still later than the score before it, and not in the future
        }
        settle(now, settle);
        return true;
    }

    private void change(double given, double maximum, Score.ActivityProgress activity, Score.GradingProgress grading) {
        if (maximum <= 0 || given < 0 || given > maximum) {
            throw new IllegalArgumentException("A score must lie between 0 and a positive maximum");
        }
        this.scoreGiven = given;
        this.scoreMaximum = maximum;
        this.activityProgress = Objects.requireNonNull(activity);
        this.gradingProgress = Objects.requireNonNull(grading);
    }

    public boolean isLeased(Instant now) {
        return leasedUntil != null && leasedUntil.isAfter(now);
    }

    /** Leases the row to the worker holding {@code token} until {@code until}. */
    public void lease(UUID token, Instant until) {
        this.leaseToken = Objects.requireNonNull(token);
        this.leasedUntil = until;
    }

    /** Whether the worker holding {@code token} still holds this row (its lease may have run out, unclaimed). */
    public boolean isLeasedBy(UUID token) {
        return status == DeliveryStatus.PENDING && token != null && token.equals(leaseToken);
    }

    /** Back to waiting without an attempt, e.g. its platform just failed another score. */
    public void release(Instant next) {
        leaseToken = null;
        leasedUntil = null;
        nextAttemptAt = next.isBefore(scoreTimestamp) ? scoreTimestamp : next;
    }

    public Score toScore() {
        return new Score(studentSubject, scoreGiven, scoreMaximum, activityProgress, gradingProgress, scoreTimestamp, null);
    }

    public void delivered(Instant now) {
        status = DeliveryStatus.SENT;
        attempts++;
        sentAt = now;
        leasedUntil = null;
        leaseToken = null;
        lastReason = null;
    }

    /** Try again after {@code wait}; with a stale timestamp, a later timestamp is used. */
    public void retryAfter(Duration wait, String reason, boolean staleTimestamp, Instant now) {
        attempts++;
        lastReason = reason;
        leasedUntil = null;
        leaseToken = null;
        if (staleTimestamp) {
            scoreTimestamp = laterThan(scoreTimestamp, now);
        }
        Instant next = now.plus(wait);
        nextAttemptAt = next.isBefore(scoreTimestamp) ? scoreTimestamp : next;
    }

    /** The platform refused it for good: parked as {@link DeliveryStatus#FAILED} until a teacher sends it again. */
    public void failed(String reason, Instant now) {
        stop(DeliveryStatus.FAILED, reason, now);
        attempts++;
    }

    /** The tool has nowhere to send it (no column, no score scope): parked until a teacher sends it again. */
    public void park(String reason, Instant now) {
        stop(DeliveryStatus.PARKED, reason, now);
    }

    private void stop(DeliveryStatus parked, String reason, Instant now) {
        status = parked;
        lastReason = Objects.requireNonNull(reason);
        leasedUntil = null;
        leaseToken = null;
        sentAt = null;
        nextAttemptAt = now;
    }

    public boolean isParked() {
        return status == DeliveryStatus.FAILED || status == DeliveryStatus.PARKED;
    }

    /** A teacher asks to send a parked score again: a fresh timestamp, at once. */
    public void retryNow(Instant now) {
        if (isParked()) {
            status = DeliveryStatus.PENDING;
            attempts = 0;
            scoreTimestamp = laterThan(scoreTimestamp, now);
            nextAttemptAt = scoreTimestamp;
        }
    }

    public UUID getLeaseToken() {
        return leaseToken;
    }

    public long getVersion() {
        return version;
    }

    public UUID getId() {
        return id;
    }

    public long getSeq() {
        return seq;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public UUID getPlatformId() {
        return platformId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public double getScoreGiven() {
        return scoreGiven;
    }

    public Instant getScoreTimestamp() {
        return scoreTimestamp;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastReason() {
        return lastReason;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
