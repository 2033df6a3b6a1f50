package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A next step a case conference (a meeting about one student) agreed on: what, who does it, by when, and whether it
 * is done. A step whose day has passed and that is not done is overdue. (Named apart from the career plan's next step
 * in queries: {@code CaseNextStep}.)
 */
@Entity(name = "CaseNextStep")
@Table(name = "apprenticeship_next_step")
public class NextStep {

    public static final int MAX_WHAT = 500;
    /** A step agreed this far ahead is a typo; a case conference plans weeks, not years. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** A step may be written down a little after the meeting, with a day already passed. */
    public static final int MAX_DAYS_BACK = 31;

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "step_text", nullable = false, length = MAX_WHAT)
    private String what;

    @Column(name = "responsible", nullable = false, length = Texts.NAME)
    private String who;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", length = Texts.NAME)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NextStep() {
    }

    public NextStep(StudentRef student, String what, String who, LocalDate dueOn, String authorSubject,
                    String authorName, LocalDate today, Instant now) {
        String cleanWhat = Texts.clean(what, MAX_WHAT, "STEP", true);
        String cleanWho = Texts.clean(who, Texts.NAME, "STEP_WHO", true);
        if (dueOn == null) {
            throw new ApprenticeshipRefused("STEP_DUE_MISSING");
        }
        if (dueOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ApprenticeshipRefused("STEP_DUE_TOO_FAR");
        }
        if (dueOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new ApprenticeshipRefused("STEP_DUE_TOO_OLD");
        }
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.studentSubject = student.subject();
        this.what = cleanWhat;
        this.who = cleanWho;
        this.dueOn = dueOn;
        this.authorSubject = Objects.requireNonNull(authorSubject, "author");
        this.authorName = Author.name(authorName);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Marks the step done (once; done again is refused so two colleagues' taps do not hide who did it). */
    public void done(String by, Instant now) {
        if (doneAt != null) {
            throw new ApprenticeshipRefused("STEP_ALREADY_DONE");
        }
        this.doneAt = Objects.requireNonNull(now, "now");
        this.doneBy = Objects.requireNonNull(by, "by");
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    public boolean belongsTo(StudentRef student) {
        return platformId.equals(student.platform().value()) && studentSubject.equals(student.subject());
    }

    public UUID getId() {
        return id;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
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
