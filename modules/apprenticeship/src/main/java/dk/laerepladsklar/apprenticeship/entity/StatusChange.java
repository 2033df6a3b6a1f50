package dk.laerepladsklar.apprenticeship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a student's placement status, with the day it took effect: the status's history, never changed or
 * deleted except with the student's data. What the status was on any day is the last change on or before it.
 */
@Entity
@Table(name = "apprenticeship_status_change")
public class StatusChange {

    @Id
    private UUID id;

    @Column(name = "status_id", nullable = false)
    private UUID statusId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** 1 for the first change, then 2, 3, ...: the order of the history, also within one instant. */
    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    /** Null for the first change (the status created). */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30)
    private PlacementState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30)
    private PlacementState toState;

    /** The school day the new state took effect. */
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    /** The day registered on lærepladsen.dk, for a change to {@link PlacementState#REGISTERED_SEEKING}. */
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    /** The agreement, for a change to {@link PlacementState#AGREEMENT_SIGNED}. */
    @Column(name = "agreement_id")
    private UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatusChangeCause cause;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(PlacementStatus status, PlacementState from, StatusChangeCause cause, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.statusId = status.getId();
        this.sequence = status.getChangeCount();
        this.platformId = status.getPlatformId();
        this.studentSubject = status.getStudentSubject();
        this.fromState = from;
        this.toState = status.getState();
        this.effectiveOn = status.getSince();
        this.registeredOn = status.getRegisteredOn();
        this.agreementId = status.getAgreementId();
        this.cause = Objects.requireNonNull(cause, "cause");
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public UUID getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public UUID getStatusId() {
        return statusId;
    }

    public UUID getPlatformId() {
        return platformId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public PlacementState getFromState() {
        return fromState;
    }

    public PlacementState getToState() {
        return toState;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public UUID getAgreementId() {
        return agreementId;
    }

    public StatusChangeCause getCause() {
        return cause;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
