package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The teacher's view of the outbox: per student, the newest score's way to the gradebook. A parked score (one the
 * worker will not send by itself) comes with a plain sentence saying what happened and what to do.
 */
@ApplicationScoped
public class GradebookStatus implements GradebookSync {

    static final String BUNDLE = "dk.laerepladsklar.gradebook.messages";

    @Inject
    Deliveries deliveries;

    @Override
    public Map<String, Status> statusOf(UUID placementId, Locale locale) {
        Map<String, Status> status = new HashMap<>();
        for (ScoreDelivery d : deliveries.latestPerStudent(placementId)) {
            Status.State state = switch (d.getStatus()) {
                case SENT -> Status.State.SENT;
                case PENDING -> Status.State.PENDING;
                case FAILED, PARKED -> Status.State.FAILED;
            };
            status.put(d.getStudentSubject(), new Status(state, d.getLastReason(),
                    d.getSentAt() != null ? d.getSentAt() : d.getNextAttemptAt(),
                    d.isParked() ? advice(d.getLastReason(), locale) : null));
        }
        return status;
    }

    /**
     * The sentence for a parked score's reason; reasons from the platform read {@code HTTP 422 NOT_A_STUDENT}, the
     * symbol is the last word.
     */
    static String advice(String reason, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.forLanguageTag("da") : locale);
        String symbol = reason == null || reason.isBlank() ? "" : reason.strip().substring(reason.strip().lastIndexOf(' ') + 1);
        try {
            return text.getString("advice." + symbol);
        } catch (MissingResourceException e) {
            return text.getString("advice.other");
        }
    }

    @Override
    public void retry(UUID placementId, String studentSubject) {
        deliveries.retryNow(placementId, studentSubject);
    }
}
