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
import java.util.UUID;

/**
 * One application a student sent to a company, kept per student of a school (platform and LMS user id), across the
 * courses they log from. Its status moves by {@link ApplicationStatus#mayMoveTo}; each move is kept as an
 * {@link ApplicationStep}, so interviews and offers can be counted later even when the application moved on.
 */
@Entity
@Table(name = "apprenticeship_application")
public class JobApplication {

    /** How far back a sent date may lie: a student logs what they sent this school year, not a typo's year 1900. */
    public static final int MAX_DAYS_BACK = 366;
    /** How far ahead a follow-up may be planned. */
    public static final int MAX_FOLLOW_UP_DAYS = 366;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** The course the student logged it from (the class a caseload counts it in). */
    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(name = "company_name", nullable = false, length = Texts.NAME)
    private String companyName;

    @Column(length = 8)
    private String cvr;

    @Column(length = Texts.TRADE)
    private String trade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationChannel channel;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(length = Texts.NOTES)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JobApplication() {
    }

    public JobApplication(StudentRef student, String contextId, ApplicationDetails details, LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = details.status() == null ? ApplicationStatus.SENT : details.status();
        apply(details, today, now);
    }

    /** Corrects what was typed (company, trade, how, dates, notes); the status moves with {@link #moveTo}. */
    public void edit(ApplicationDetails details, LocalDate today, Instant now) {
        apply(new ApplicationDetails(details.companyName(), details.cvr(), details.trade(), details.channel(),
                details.sentOn(), status, details.followUpOn(), details.notes()), today, now);
    }

    private void apply(ApplicationDetails d, LocalDate today, Instant now) {
        String company = Texts.clean(d.companyName(), Texts.NAME, "COMPANY", true);
        String cleanCvr = CvrNumber.normalised(d.cvr());
        String cleanTrade = Texts.clean(d.trade(), Texts.TRADE, "TRADE", false);
        String cleanNotes = Texts.clean(d.notes(), Texts.NOTES, "NOTES", false);
        if (d.channel() == null) {
            throw new ApprenticeshipRefused("CHANNEL_MISSING");
        }
        LocalDate sent = d.sentOn();
        if (sent == null) {
            throw new ApprenticeshipRefused("SENT_MISSING");
        }
        if (sent.isAfter(today)) {
            throw new ApprenticeshipRefused("SENT_IN_FUTURE");
        }
        if (sent.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new ApprenticeshipRefused("SENT_TOO_OLD");
        }
        LocalDate followUp = d.followUpOn();
        if (followUp != null) {
            if (followUp.isBefore(sent)) {
                throw new ApprenticeshipRefused("FOLLOW_UP_BEFORE_SENT");
            }
            if (followUp.isAfter(today.plusDays(MAX_FOLLOW_UP_DAYS))) {
                throw new ApprenticeshipRefused("FOLLOW_UP_TOO_FAR");
            }
        }
        this.companyName = company;
        this.cvr = cleanCvr;
        this.trade = cleanTrade;
        this.channel = d.channel();
        this.sentOn = sent;
        this.followUpOn = status.isOpen() ? followUp : null;
        this.notes = cleanNotes;
        this.updatedAt = now;
    }

    /**
     * Moves the status (refused with {@code STATUS_MOVE_NOT_ALLOWED} when the rules say no). A closed or signed
     * application needs no follow-up any more.
     *
     * @return the step to keep in the history
     */
    public ApplicationStep moveTo(ApplicationStatus target, String by, LocalDate today, Instant now) {
        if (!status.mayMoveTo(target)) {
            throw new ApprenticeshipRefused("STATUS_MOVE_NOT_ALLOWED");
        }
        ApplicationStep step = new ApplicationStep(this, status, target, today, by, now);
        this.status = target;
        if (!target.isOpen()) {
            this.followUpOn = null;
        }
        this.updatedAt = now;
        return step;
    }

    /** The first step of the history: what the application was logged as. */
    public ApplicationStep logged(String by, Instant now) {
        return new ApplicationStep(this, null, status, sentOn, by, now);
    }

    /** Whether a follow-up is due on this day (or overdue). */
    public boolean followUpDue(LocalDate today) {
        return status.isOpen() && followUpOn != null && !followUpOn.isAfter(today);
    }

    public boolean belongsTo(StudentRef student) {
        return platformId.equals(student.platform().value()) && studentSubject.equals(student.subject());
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

    public String getContextId() {
        return contextId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCvr() {
        return cvr;
    }

    public String getTrade() {
        return trade;
    }

    public ApplicationChannel getChannel() {
        return channel;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
