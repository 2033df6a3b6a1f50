package dk.laerepladsklar.careerplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One next step with a date ("Ring til tre tømrermestre — fredag"). A step whose date has passed and that is not done
 * is overdue: highlighted for the student and on the teacher's view.
 */
@Embeddable
public class NextStep {

    @Column(name = "step_id", nullable = false, length = 36)
    private String id;

    @Column(name = "step_text", nullable = false, length = CareerPlan.MAX_STEP_TEXT)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Column(name = "done_at")
    private Instant doneAt;

    protected NextStep() {
    }

    NextStep(String id, String text, LocalDate due) {
        this.id = id;
        this.text = text;
        this.due = due;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Not done and its date is before {@code today} (in the school's time zone, which the caller knows). */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && due.isBefore(today);
    }

    void change(String text, LocalDate due) {
        this.text = text;
        this.due = due;
    }

    void done(Instant at) {
        this.doneAt = at;
    }

    void reopen() {
        this.doneAt = null;
    }
}
