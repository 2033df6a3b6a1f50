package dk.laerepladsklar.apprenticeship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.UUID;

/**
 * A short check-in during the agreement's probation period ("Hvordan går det?"): three questions answered with one tap
 * each, and an optional note to the mentor. At most one per agreement and week (the week it was answered in, Monday to
 * Sunday), only while the student is in probation.
 */
@Entity
@Table(name = "apprenticeship_check_in")
public class CheckIn {

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false)
    private UUID agreementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** The Monday of the week it was answered in: one per week. */
    @Column(name = "week_of", nullable = false)
    private LocalDate weekOf;

    /** "Hvordan trives du på arbejdspladsen?" */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CheckInAnswer wellbeing;

    /** "Lærer du det, du skal?" */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CheckInAnswer learning;

    /** "Får du hjælp, når du har brug for det?" */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CheckInAnswer support;

    @Column(name = "note_to_mentor", length = Texts.NOTE_TO_MENTOR)
    private String noteToMentor;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected CheckIn() {
    }

    public CheckIn(Agreement agreement, CheckInAnswer wellbeing, CheckInAnswer learning, CheckInAnswer support,
                   String noteToMentor, LocalDate today, Instant now) {
        if (!agreement.inProbationOn(today)) {
            throw new ApprenticeshipRefused("CHECK_IN_CLOSED");
        }
        if (wellbeing == null || learning == null || support == null) {
            throw new ApprenticeshipRefused("CHECK_IN_ANSWER_MISSING");
        }
        this.id = UUID.randomUUID();
        this.agreementId = agreement.getId();
        this.platformId = agreement.getPlatformId();
        this.studentSubject = agreement.getStudentSubject();
        this.weekOf = weekOf(today);
        this.wellbeing = wellbeing;
        this.learning = learning;
        this.support = support;
        this.noteToMentor = Texts.clean(noteToMentor, Texts.NOTE_TO_MENTOR, "NOTE_TO_MENTOR", false);
        this.answeredAt = Objects.requireNonNull(now, "now");
    }

    /** The Monday of a day's week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public UUID getId() {
        return id;
    }

    public UUID getAgreementId() {
        return agreementId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public LocalDate getWeekOf() {
        return weekOf;
    }

    public CheckInAnswer getWellbeing() {
        return wellbeing;
    }

    public CheckInAnswer getLearning() {
        return learning;
    }

    public CheckInAnswer getSupport() {
        return support;
    }

    public String getNoteToMentor() {
        return noteToMentor;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
