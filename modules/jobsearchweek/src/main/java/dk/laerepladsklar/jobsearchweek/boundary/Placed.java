package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.Placement;
import java.io.Serializable;
import java.util.UUID;

/** A placed café or week in the signed-in user's course, as the café's, register's and progress pages use it. */
public record Placed(UUID placementId, String type, CourseRef course, String title) implements Serializable {

    static Placed of(Placement placement) {
        return new Placed(placement.getId(), placement.getActivity().type(), CourseRef.of(placement), placement.getTitle());
    }

    public boolean isCafe() {
        return JobCafeActivity.TYPE.equals(type);
    }
}
