package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One student's practice of one placed role-play: the path of their latest walk through the conversation, and how
 * often they walked it to the end. Only the latest walk is kept: a new try replaces the old path (less to keep about a
 * student, and the end page only ever shows the latest walk's feedback). Whether a move is allowed at all is the
 * walk's rule ({@code Walk}); this entity keeps what was allowed.
 */
@Entity
@Table(name = "roleplay_practice")
public class Practice {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "student_subject", nullable = false)
    private String studentSubject;

    /** As the LMS last shared it, for the teacher's list; null when it shared none. */
    @Column(name = "student_name")
    private String studentName;

    /** Staff trying it: kept as their own, never reported nor listed with the students. */
    @Column(nullable = false)
    private boolean preview;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the latest walk reached an end; null while it goes on. */
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "first_finished_at")
    private Instant firstFinishedAt;

    @Column(name = "times_finished", nullable = false)
    private int timesFinished;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PracticeStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected Practice() {
    }

    public Practice(UUID placementId, PlatformId platform, String studentSubject, String studentName, boolean preview,
                    Instant at) {
        this.id = UUID.randomUUID();
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("A practice belongs to a student");
        }
        this.studentSubject = studentSubject;
        this.studentName = studentName;
        this.preview = preview;
        this.startedAt = at;
        this.updatedAt = at;
    }

    /** The latest walk's path, in order. */
    public List<Choice> path() {
        return steps.stream().map(PracticeStep::choice).toList();
    }

    /**
     * Keeps a step the walk allowed.
     *
     * @param ends whether the answer led to an end node: the walk is then finished and counted
     */
    public void take(Choice choice, boolean ends, Instant at) {
        if (isWalkFinished()) {
            throw new IllegalStateException("The walk is finished; start a new try first");
        }
        steps.add(new PracticeStep(this, steps.size(), choice, at));
        updatedAt = at;
        if (ends) {
            finishedAt = at;
            timesFinished++;
            if (firstFinishedAt == null) {
                firstFinishedAt = at;
            }
        }
    }

    /** A new try: the old path is forgotten; how often the student finished is kept. */
    public void restart(Instant at) {
        steps.clear();
        finishedAt = null;
        updatedAt = at;
    }

    public void knownAs(String name) {
        if (name != null && !name.isBlank()) {
            this.studentName = name;
        }
    }

    public boolean isWalkFinished() {
        return finishedAt != null;
    }

    /** Whether the student walked the conversation to an end at least once. */
    public boolean hasPractised() {
        return timesFinished > 0;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getStudentSubject() {
        return studentSubject;
    }

    public String getStudentName() {
        return studentName;
    }

    public boolean isPreview() {
        return preview;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getFirstFinishedAt() {
        return firstFinishedAt;
    }

    public int getTimesFinished() {
        return timesFinished;
    }

    public List<PracticeStep> getSteps() {
        return List.copyOf(steps);
    }
}
