package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.entity.ScoreDelivery;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The student's scores on their way to the LMS gradebook, sent or not. Erasing them also drops the scores still
 * waiting: the LMS keeps the grades it already has (the school erases those in its LMS).
 */
@ApplicationScoped
public class GradebookPersonalData implements PersonalData {

    static final String MODULE = "gradebook";
    private static final String OF_STUDENT = "d.platformId = :platform and d.studentSubject = :subject";

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Map<String, Long> held(StudentRef student) {
        return Map.of("score_deliveries", em.createQuery("select count(d) from ScoreDelivery d where " + OF_STUDENT, Long.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getSingleResult());
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (ScoreDelivery d : em.createQuery("select d from ScoreDelivery d where " + OF_STUDENT + " order by d.seq",
                        ScoreDelivery.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList()) {
            Score score = d.toScore();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("placement_id", d.getPlacementId());
            row.put("score_given", score.given());
            row.put("score_maximum", score.maximum());
            row.put("activity_progress", score.activityProgress());
            row.put("grading_progress", score.gradingProgress());
            row.put("score_timestamp", d.getScoreTimestamp());
            row.put("status", d.getStatus());
            row.put("attempts", d.getAttempts());
            row.put("last_reason", d.getLastReason());
            row.put("sent_at", d.getSentAt());
            row.put("created_at", d.getCreatedAt());
            deliveries.add(row);
        }
        return new Section(Map.of("score_deliveries", deliveries), List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        return Map.of("score_deliveries", (long) em.createQuery("delete from ScoreDelivery d where " + OF_STUDENT)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .executeUpdate());
    }
}
