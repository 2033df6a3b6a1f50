package dk.laerepladsklar.jobsearchweek.entity;

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
 * Whether one student was at one occasion: a session of a job-search week, or one date of a job café. Who recorded it
 * and when is kept with it, and a new tap replaces the status (the register shows the latest).
 */
@Entity
@Table(name = "week_attendance")
public class Attendance {

    @Id
    private UUID id;

    /** The week or café placement the occasion belongs to. */
    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    /** The week's session, for a session's register; null for a café. */
    @Column(name = "session_id")
    private UUID sessionId;

    /** The café's date, for a café's register; null for a week's session. */
    @Column(name = "cafe_date")
    private LocalDate cafeDate;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Occasion occasion, PlatformId platform, String contextId, StudentRef student,
                      AttendanceStatus status, String by, String byName, Instant now) {
        Objects.requireNonNull(occasion, "occasion");
        if (!student.platform().equals(platform)) {
            throw new IllegalArgumentException("A student of another school");
        }
        this.id = UUID.randomUUID();
        this.placementId = occasion.placementId();
        this.sessionId = occasion.sessionId();
        this.cafeDate = occasion.cafeDate();
        this.platformId = platform.value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        this.studentSubject = student.subject();
        record(status, by, byName, now);
    }

    /** A new status from a tap or a choice; who and when are the latest recorder's. */
    public void record(AttendanceStatus status, String by, String byName, Instant now) {
        this.status = Objects.requireNonNull(status, "status");
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedByName = byName == null || byName.isBlank() ? null
                : byName.length() > 255 ? byName.substring(0, 255) : byName;
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    public Occasion occasion() {
        return sessionId != null ? Occasion.session(placementId, sessionId) : Occasion.cafe(placementId, cafeDate);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public LocalDate getCafeDate() {
        return cafeDate;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
