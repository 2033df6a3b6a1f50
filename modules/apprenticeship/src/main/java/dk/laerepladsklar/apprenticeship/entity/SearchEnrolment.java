package dk.laerepladsklar.apprenticeship.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * That a student opened the search from a course: how the tool knows a school's students across its courses (a
 * consultant's whole school, a department's figures) without asking the LMS for every roster. Kept per platform,
 * course and student, with the name as last launched and when they were first and last seen.
 */
@Entity
@Table(name = "apprenticeship_enrolment")
public class SearchEnrolment {

    @Id
    private UUID id;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "display_name", length = Texts.NAME)
    private String displayName;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected SearchEnrolment() {
    }

    public SearchEnrolment(StudentRef student, String contextId, String displayName, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.studentSubject = student.subject();
        this.firstSeen = Objects.requireNonNull(now, "now");
        seen(displayName, now);
    }

    /** Seen again: the name as the LMS sends it now (a name longer than the column is cut, not refused: the LMS sent it). */
    public void seen(String displayName, Instant now) {
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        this.displayName = name != null && name.length() > Texts.NAME ? name.substring(0, Texts.NAME) : name;
        this.lastSeen = now;
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

    public String getContextId() {
        return contextId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
