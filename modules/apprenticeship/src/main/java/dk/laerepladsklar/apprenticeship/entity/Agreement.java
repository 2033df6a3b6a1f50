package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An apprenticeship agreement (uddannelsesaftale) a student signed with a company: its kind, the company, when it
 * starts, when it ends (a short or combination agreement always ends; an ordinary one may leave it open) and when the
 * probation period ends. Agreements are kept when they end, so the share still running after probation can be
 * counted.
 */
@Entity
@Table(name = "apprenticeship_agreement")
public class Agreement {

    /** How soon before its end an agreement makes the student look for the next one. */
    public static final int ENDING_WITHIN_DAYS = 60;
    /** The usual probation period of an apprentice: three months from the start. */
    public static final int USUAL_PROBATION_MONTHS = 3;
    /** A start more than this far back or ahead is a typo. */
    public static final int MAX_YEARS_AWAY = 5;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** The application it came from, when the student recorded it from one. */
    @Column(name = "application_id")
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false, length = 30)
    private AgreementType type;

    @Column(name = "company_name", nullable = false, length = Texts.NAME)
    private String companyName;

    @Column(length = 8)
    private String cvr;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "probation_ends_on")
    private LocalDate probationEndsOn;

    /** When the tool put the student back to seeking because this agreement ended; null while it runs. */
    @Column(name = "ended_handled_at")
    private Instant endedHandledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Agreement() {
    }

    public Agreement(StudentRef student, UUID applicationId, AgreementType type, String companyName, String cvr,
                     LocalDate startsOn, LocalDate endsOn, LocalDate probationEndsOn, LocalDate today, Instant now) {
        if (type == null) {
            throw new ApprenticeshipRefused("AGREEMENT_TYPE_MISSING");
        }
        String company = Texts.clean(companyName, Texts.NAME, "COMPANY", true);
        String cleanCvr = CvrNumber.normalised(cvr);
        if (startsOn == null) {
            throw new ApprenticeshipRefused("START_MISSING");
        }
        if (startsOn.isBefore(today.minusYears(MAX_YEARS_AWAY)) || startsOn.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            throw new ApprenticeshipRefused("START_TOO_FAR");
        }
        if (endsOn == null && type.needsEndDate()) {
            throw new ApprenticeshipRefused("END_MISSING");
        }
        if (endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new ApprenticeshipRefused("END_BEFORE_START");
        }
        if (endsOn != null && endsOn.isAfter(startsOn.plusYears(MAX_YEARS_AWAY))) {
            throw new ApprenticeshipRefused("END_TOO_FAR");
        }
        if (probationEndsOn != null && (probationEndsOn.isBefore(startsOn)
                || (endsOn != null && probationEndsOn.isAfter(endsOn)))) {
            throw new ApprenticeshipRefused("PROBATION_OUTSIDE_AGREEMENT");
        }
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.applicationId = applicationId;
        this.type = type;
        this.companyName = company;
        this.cvr = cleanCvr;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.probationEndsOn = probationEndsOn;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Whether it runs on this day: started, and not ended. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether it has ended by this day (the day after its end date). */
    public boolean hasEndedBy(LocalDate day) {
        return endsOn != null && day.isAfter(endsOn);
    }

    /** Whether it ends within {@link #ENDING_WITHIN_DAYS} days of this day (and has not ended yet). */
    public boolean endsSoon(LocalDate day) {
        return endsOn != null && !hasEndedBy(day) && ChronoUnit.DAYS.between(day, endsOn) <= ENDING_WITHIN_DAYS;
    }

    /** Whether the student is in probation on this day: the agreement has started and probation has not ended. */
    public boolean inProbationOn(LocalDate day) {
        return probationEndsOn != null && !day.isBefore(startsOn) && !day.isAfter(probationEndsOn);
    }

    /** Whether it still ran the day after probation ended (the ministry's measure of an agreement that holds). */
    public boolean ranPastProbation(LocalDate day) {
        return probationEndsOn != null && day.isAfter(probationEndsOn) && (endsOn == null || endsOn.isAfter(probationEndsOn));
    }

    /** Notes that the tool put the student back to seeking for this end: done once. */
    public void endHandled(Instant now) {
        this.endedHandledAt = now;
    }

    public boolean isEndHandled() {
        return endedHandledAt != null;
    }

    public boolean belongsTo(StudentRef student) {
        return platformId.equals(student.platform().value()) && studentSubject.equals(student.subject());
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlatformId() {
        return platformId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public AgreementType getType() {
        return type;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCvr() {
        return cvr;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getProbationEndsOn() {
        return probationEndsOn;
    }

    public Instant getEndedHandledAt() {
        return endedHandledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
