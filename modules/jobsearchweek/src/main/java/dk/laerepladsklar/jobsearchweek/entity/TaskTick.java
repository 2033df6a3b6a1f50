package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A student's tick on a task of a week: done, and when. The student's own data (export and erasure). */
@Entity
@Table(name = "job_search_week_task_tick")
public class TaskTick {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(name = "week_id", nullable = false)
    private UUID weekId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    @Column(name = "ticked_at", nullable = false)
    private Instant tickedAt;

    protected TaskTick() {
    }

    public TaskTick(WeekTask task, PlatformId platform, String studentSubject, Instant now) {
        this.id = UUID.randomUUID();
        this.taskId = Objects.requireNonNull(task, "task").getId();
        this.weekId = task.getWeekId();
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("A tick is a student's");
        }
        this.studentSubject = studentSubject;
        this.tickedAt = Objects.requireNonNull(now, "now");
    }

    public UUID getTaskId() {
        return taskId;
    }

    public UUID getWeekId() {
        return weekId;
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public Instant getTickedAt() {
        return tickedAt;
    }
}
