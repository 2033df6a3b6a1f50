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
 * course and student, with the name and the course's title as last launched and when they were first and last seen.
 * The tool keeps no course of its own: the title the LMS sent with the student's latest launch is how the school's
 * pages name the class.
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

    @Column(name = "course_title", length = Texts.COURSE_TITLE)
    private String courseTitle;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected SearchEnrolment() {
    }

    public SearchEnrolment(StudentRef student, String contextId, String displayName, Instant now) {
        this(student, contextId, displayName, null, now);
    }

    public SearchEnrolment(StudentRef student, String contextId, String displayName, String courseTitle, Instant now) {
        this.id = UUID.randomUUID();
        this.platformId = student.platform().value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.studentSubject = student.subject();
        this.firstSeen = Objects.requireNonNull(now, "now");
        seen(displayName, courseTitle, now);
    }

    /** Seen again: the name as the LMS sends it now (a name longer than the column is cut, not refused: the LMS sent it). */
    public void seen(String displayName, Instant now) {
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        this.displayName = name != null && name.length() > Texts.NAME ? name.substring(0, Texts.NAME) : name;
        this.lastSeen = now;
    }

    /**
     * Seen again, with the course's title as the launch sent it: tidied and cut like a name ({@link Texts#asSent}); a
     * launch without a title keeps the one sent before (an LMS may leave the optional claim out now and then).
     */
    public void seen(String displayName, String courseTitle, Instant now) {
        seen(displayName, now);
        String title = Texts.asSent(courseTitle, Texts.COURSE_TITLE);
        if (title != null) {
            this.courseTitle = title;
        }
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

    /** The course's title as the LMS last sent it, or null when it never sent one. */
    public String getCourseTitle() {
        return courseTitle;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
