package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A teacher's tick "har læreplads" for a student of a course: while the tool does not yet follow each student's search
 * for a placement, the tick decides that the student need not come to the job café. A row is a tick; no row, no tick.
 */
@Entity
@Table(name = "job_cafe_apprenticeship")
@IdClass(ApprenticeshipTick.Key.class)
public class ApprenticeshipTick {

    @Id
    @Column(name = "platform_id")
    private UUID platformId;

    @Id
    @Column(name = "context_id")
    private String contextId;

    @Id
    @Column(name = "student_subject")
    private String studentSubject;

    @Column(name = "ticked_by", nullable = false)
    private String tickedBy;

    @Column(name = "ticked_at", nullable = false)
    private Instant tickedAt;

    protected ApprenticeshipTick() {
    }

    public ApprenticeshipTick(StudentRef student, String contextId, String by, Instant now) {
        this.platformId = student.platform().value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.studentSubject = student.subject();
        this.tickedBy = Objects.requireNonNull(by, "by");
        this.tickedAt = Objects.requireNonNull(now, "now");
    }

    public String getContextId() {
        return contextId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public Instant getTickedAt() {
        return tickedAt;
    }

    /** The tick's key: one per student per course. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID platformId;
        String contextId;
        String studentSubject;

        public Key() {
        }

        public Key(UUID platformId, String contextId, String studentSubject) {
            this.platformId = platformId;
            this.contextId = contextId;
            this.studentSubject = studentSubject;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(platformId, k.platformId) && Objects.equals(contextId, k.contextId)
                    && Objects.equals(studentSubject, k.studentSubject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platformId, contextId, studentSubject);
        }
    }
}
