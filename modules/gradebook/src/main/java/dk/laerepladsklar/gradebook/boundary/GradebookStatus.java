package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The teacher's view of the outbox: per student, the newest score's way to the gradebook. A parked score (one the
 * worker will not send by itself) shows as failed with its symbolic reason; the class page explains each reason.
 */
@ApplicationScoped
public class GradebookStatus implements GradebookSync {

    @Inject
    Deliveries deliveries;

    @Override
    public Map<String, Status> statusOf(UUID placementId) {
        Map<String, Status> status = new HashMap<>();
        for (ScoreDelivery d : deliveries.latestPerStudent(placementId)) {
            Status.State state = switch (d.getStatus()) {
                case SENT -> Status.State.SENT;
                case PENDING -> Status.State.PENDING;
                case FAILED, PARKED -> Status.State.FAILED;
            };
            status.put(d.getStudentSubject(), new Status(state, d.getLastReason(),
                    d.getSentAt() != null ? d.getSentAt() : d.getNextAttemptAt()));
        }
        return status;
    }

    @Override
    public void retry(UUID placementId, String studentSubject) {
        deliveries.retryNow(placementId, studentSubject);
    }
}
