package dk.laerepladsklar.careerplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A version of a plan as the student sent it for feedback: kept whole and never changed, so the teacher comments on
 * what was sent and the next version can be compared with it. The verdict is the one thing set later.
 */
@Entity
@Table(name = "career_plan_version")
public class PlanVersion {

    public enum Verdict { CHANGES_ASKED, APPROVED }

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private int number;

    /** Six sections of at most 4,000 characters and 20 steps, as JSON: well below this. */
    static final int MAX_SNAPSHOT = 65000;

    @Column(name = "snapshot", nullable = false, length = MAX_SNAPSHOT)
    private String snapshotJson;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Verdict verdict;

    @Column(name = "verdict_by")
    private String verdictBy;

    @Column(name = "verdict_at")
    private Instant verdictAt;

    protected PlanVersion() {
    }

    PlanVersion(CareerPlan plan, int number, PlanSnapshot snapshot, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.getId();
        this.number = number;
        this.snapshotJson = snapshot.toJson();
        this.sentAt = sentAt;
    }

    void judge(Verdict verdict, String reviewerSubject, Instant at) {
        this.verdict = verdict;
        this.verdictBy = reviewerSubject;
        this.verdictAt = at;
    }

    public PlanSnapshot snapshot() {
        return PlanSnapshot.fromJson(snapshotJson);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getVerdictBy() {
        return verdictBy;
    }

    public Instant getVerdictAt() {
        return verdictAt;
    }
}
