package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.kernel.activity.ActivityRef;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An activity of the tool inside the week (a teaching module, the career plan, a role-play): a part placement of the
 * week's placement, made by the kernel. The students open it from the week; it needs no LMS link of its own.
 */
@Entity
@DiscriminatorValue("PART")
public class WeekPart extends WeekActivity {

    @Column(name = "part_id")
    private UUID partId;

    @Column(name = "activity_type", length = 40)
    private String activityType;

    @Column(name = "activity_key", length = 80)
    private String activityKey;

    protected WeekPart() {
    }

    public WeekPart(JobSearchWeek week, UUID partId, ActivityRef activity, String title, LocalDate due, int position) {
        super(week, title, "ACTIVITY_TITLE", due, position);
        this.partId = Objects.requireNonNull(partId, "part");
        this.activityType = Objects.requireNonNull(activity, "activity").type();
        this.activityKey = activity.key();
    }

    public UUID getPartId() {
        return partId;
    }

    public ActivityRef getActivity() {
        return new ActivityRef(activityType, activityKey);
    }

    @Override
    public boolean isTask() {
        return false;
    }
}
