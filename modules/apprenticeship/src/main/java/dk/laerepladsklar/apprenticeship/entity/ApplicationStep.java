package dk.laerepladsklar.apprenticeship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One move of an application's status, with its date: the application's history, so "called for interview" still
 * counts after the application moved on to an offer, and applications per week can be counted as they were.
 */
@Entity
@Table(name = "apprenticeship_application_step")
public class ApplicationStep {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** Null for the first step (the application logged). */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ApplicationStatus toStatus;

    /** The school day it happened (the sent date for the first step). */
    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ApplicationStep() {
    }

    ApplicationStep(JobApplication application, ApplicationStatus from, ApplicationStatus to, LocalDate on, String by,
                    Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = application.getId();
        this.platformId = application.getPlatformId();
        this.studentSubject = application.getStudentSubject();
        this.fromStatus = from;
        this.toStatus = Objects.requireNonNull(to, "to");
        this.changedOn = Objects.requireNonNull(on, "on");
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
