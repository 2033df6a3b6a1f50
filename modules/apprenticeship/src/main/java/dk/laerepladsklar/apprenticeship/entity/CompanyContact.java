package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * One contact of the school with a student's company about the student: a visit, a call, a meeting with the master or
 * an email, on a day, with a short note. The ministry's catalogue asks the contact teacher to meet the master once per
 * training period: {@link #masterMetSince}.
 */
@Entity
@Table(name = "apprenticeship_company_contact")
public class CompanyContact {

    /** A contact logged this far back is a typo (a training period is at most a year or so). */
    public static final int MAX_YEARS_BACK = 2;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", nullable = false, length = 24)
    private ContactKind kind;

    @Column(name = "company_name", nullable = false, length = Texts.NAME)
    private String companyName;

    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;

    @Column(name = "note_text", length = Texts.NOTES)
    private String note;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", length = Texts.NAME)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CompanyContact() {
    }

    public CompanyContact(StudentRef student, ContactKind kind, String companyName, LocalDate contactedOn, String note,
                          String authorSubject, String authorName, LocalDate today, Instant now) {
        if (kind == null) {
            throw new ApprenticeshipRefused("CONTACT_KIND_MISSING");
        }
        String company = Texts.clean(companyName, Texts.NAME, "COMPANY", true);
        String cleanNote = Texts.clean(note, Texts.NOTES, "NOTE", false);
        if (contactedOn == null) {
            throw new ApprenticeshipRefused("CONTACT_DATE_MISSING");
        }
        if (contactedOn.isAfter(today)) {
            throw new ApprenticeshipRefused("CONTACT_IN_FUTURE");
        }
        if (contactedOn.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw new ApprenticeshipRefused("CONTACT_TOO_OLD");
        }
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.kind = kind;
        this.companyName = company;
        this.contactedOn = contactedOn;
        this.note = cleanNote;
        this.authorSubject = Objects.requireNonNull(authorSubject, "author");
        this.authorName = Author.name(authorName);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Whether one of these contacts is a meeting with the master on or after the day a training period started (the
     * agreement's start): the once-per-period meeting is then held.
     */
    public static boolean masterMetSince(Collection<CompanyContact> contacts, LocalDate periodStart) {
        return periodStart != null && contacts.stream().anyMatch(c -> c.kind == ContactKind.MEETING_WITH_MASTER
                && !c.contactedOn.isBefore(periodStart));
    }

    public UUID getId() {
        return id;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public ContactKind getKind() {
        return kind;
    }

    public String getCompanyName() {
        return companyName;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public String getNote() {
        return note;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
