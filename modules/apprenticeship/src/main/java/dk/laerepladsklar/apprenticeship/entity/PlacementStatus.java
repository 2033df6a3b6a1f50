package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one student of a school stands in finding an apprenticeship, now. One per student per school (platform and LMS
 * user id), whatever course they open the search from. Every change, including the first, returns a
 * {@link StatusChange} the caller keeps: the history is complete, so figures over time (registered as seeking 8 weeks
 * before GF2 ends, signed by the end of GF2) can be computed for any past day.
 */
@Entity
@Table(name = "apprenticeship_placement_status")
public class PlacementStatus {

    /** A registration on lærepladsen.dk this far back is a typo. */
    public static final int MAX_REGISTERED_YEARS_BACK = 3;
    /**
     * More changes than a student's search ever has (a few a year); keeps the history, which the caseloads and the
     * school's figures read whole, bounded against a script that flips the status back and forth. The tool's own change
     * (an agreement ended) is never refused.
     */
    public static final int MAX_CHANGES = 300;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlacementState state;

    /** Since when the state holds (the school day of the change). */
    @Column(name = "since", nullable = false)
    private LocalDate since;

    /** The day the student registered as seeking on lærepladsen.dk, while {@link PlacementState#REGISTERED_SEEKING}. */
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    /** The signed agreement, while {@link PlacementState#AGREEMENT_SIGNED}. */
    @Column(name = "agreement_id")
    private UUID agreementId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** How many changes the history has: numbers them, so changes within the same instant keep their order. */
    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @Version
    private long version;

    protected PlacementStatus() {
    }

    /** A student's first status: seeking, from this day. Keep the returned {@link #initialChange}. */
    public PlacementStatus(StudentRef student, LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.state = PlacementState.SEEKING;
        this.since = Objects.requireNonNull(today, "today");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The first row of the history: from nothing to seeking. */
    public StatusChange initialChange(String by, Instant now) {
        changeCount++;
        return new StatusChange(this, null, StatusChangeCause.STUDENT, by, now);
    }

    /** Looking, not registered on lærepladsen.dk (or no longer in the agreement or school-based training). */
    public StatusChange seeking(String by, LocalDate today, Instant now) {
        if (state == PlacementState.SEEKING) {
            throw new ApprenticeshipRefused("STATUS_UNCHANGED");
        }
        return change(PlacementState.SEEKING, null, null, StatusChangeCause.STUDENT, by, today, now);
    }

    /** Registered as seeking on lærepladsen.dk on this day (not in the future); a new date corrects the old one. */
    public StatusChange registeredSeeking(LocalDate registered, String by, LocalDate today, Instant now) {
        if (registered == null) {
            throw new ApprenticeshipRefused("REGISTERED_DATE_MISSING");
        }
        if (registered.isAfter(today)) {
            throw new ApprenticeshipRefused("REGISTERED_IN_FUTURE");
        }
        if (registered.isBefore(today.minusYears(MAX_REGISTERED_YEARS_BACK))) {
            throw new ApprenticeshipRefused("REGISTERED_TOO_OLD");
        }
        if (state == PlacementState.REGISTERED_SEEKING && registered.equals(registeredOn)) {
            throw new ApprenticeshipRefused("STATUS_UNCHANGED");
        }
        return change(PlacementState.REGISTERED_SEEKING, registered, null, StatusChangeCause.STUDENT, by, today, now);
    }

    /** An agreement signed (the student's own, recorded just now). */
    public StatusChange agreementSigned(Agreement agreement, String by, LocalDate today, Instant now) {
        if (!agreement.belongsTo(student())) {
            throw new IllegalArgumentException("Another student's agreement");
        }
        return change(PlacementState.AGREEMENT_SIGNED, null, agreement.getId(), StatusChangeCause.STUDENT, by, today, now);
    }

    /** In school-based training (skolepraktik). */
    public StatusChange schoolBasedTraining(String by, LocalDate today, Instant now) {
        if (state == PlacementState.SCHOOL_BASED_TRAINING) {
            throw new ApprenticeshipRefused("STATUS_UNCHANGED");
        }
        return change(PlacementState.SCHOOL_BASED_TRAINING, null, null, StatusChangeCause.STUDENT, by, today, now);
    }

    /**
     * When the current agreement has ended by this day, back to seeking from the day after its end (a short agreement
     * needs a follow-up agreement); otherwise nothing. Done by the tool, so the cause says so.
     */
    public Optional<StatusChange> agreementEnded(Agreement current, String by, LocalDate today, Instant now) {
        if (state != PlacementState.AGREEMENT_SIGNED || current == null || !current.getId().equals(agreementId)
                || !current.hasEndedBy(today)) {
            return Optional.empty();
        }
        current.endHandled(now);
        return Optional.of(change(PlacementState.SEEKING, null, null, StatusChangeCause.AGREEMENT_ENDED, by,
                current.getEndsOn().plusDays(1), now));
    }

    private StatusChange change(PlacementState to, LocalDate registered, UUID agreement, StatusChangeCause cause,
                                String by, LocalDate on, Instant now) {
        if (cause == StatusChangeCause.STUDENT && changeCount >= MAX_CHANGES) {
            throw new ApprenticeshipRefused("STATUS_TOO_MANY_CHANGES");
        }
        PlacementState from = this.state;
        this.state = to;
        this.registeredOn = registered;
        this.agreementId = agreement;
        this.since = Objects.requireNonNull(on, "on");
        this.updatedAt = Objects.requireNonNull(now, "now");
        changeCount++;
        return new StatusChange(this, from, cause, by, now);
    }

    public StudentRef student() {
        return new StudentRef(new PlatformId(platformId), studentSubject);
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

    public PlacementState getState() {
        return state;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public UUID getAgreementId() {
        return agreementId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getChangeCount() {
        return changeCount;
    }
}
