package dk.laerepladsklar.jobsearchweek.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something the students do in the week, due on a day of it: an activity of the tool placed as a part of the week
 * ({@link WeekPart}), or a task outside the tool the student ticks ({@link WeekTask}).
 */
@Entity
@Table(name = "job_search_week_activity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 8)
public abstract class WeekActivity {

    @Id
    private UUID id;

    @Column(name = "week_id", nullable = false)
    private UUID weekId;

    /** The order the teacher sees them in; students see them by due date. */
    @Column(nullable = false)
    private int position;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = WeekTexts.MAX_TITLE)
    private String title;

    protected WeekActivity() {
    }

    protected WeekActivity(JobSearchWeek week, String title, String what, LocalDate due, int position) {
        this.id = UUID.randomUUID();
        retitle(title, what);
        this.weekId = Objects.requireNonNull(week, "week").getPlacementId();
        this.position = position;
        dueOn(week, due);
    }

    /** A new due date, a day of the week. */
    public void dueOn(JobSearchWeek week, LocalDate due) {
        if (!week.getPlacementId().equals(weekId)) {
            throw new IllegalArgumentException("An activity stays in its week");
        }
        week.checkDate(due);
        this.dueOn = due;
    }

    /** Follows the week when it moves in time ({@link JobSearchWeek#startOn}). */
    public void shiftDue(long days) {
        dueOn = dueOn.plusDays(days);
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** The title the teacher and the students see. */
    protected void retitle(String newTitle, String what) {
        this.title = WeekTexts.required(newTitle, WeekTexts.MAX_TITLE, what);
    }

    public String getTitle() {
        return title;
    }

    public abstract boolean isTask();

    public UUID getId() {
        return id;
    }

    public UUID getWeekId() {
        return weekId;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
