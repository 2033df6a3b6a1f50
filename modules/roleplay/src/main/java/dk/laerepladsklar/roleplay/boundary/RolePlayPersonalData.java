package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Practice;
import dk.laerepladsklar.roleplay.entity.PracticeStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A student's role-play practice: per placed role-play, the path of their latest walk (nodes, chosen answers and any
 * words they typed) and how often they finished. A teacher's preview is that person's data too.
 */
@ApplicationScoped
public class RolePlayPersonalData implements PersonalData {

    static final String MODULE = "roleplay";

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        List<UUID> ids = practiceIds(student);
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("practices", (long) ids.size());
        held.put("practice_steps", ids.isEmpty() ? 0 : em.createQuery(
                "select count(s) from PracticeStep s where s.practice.id in :ids", Long.class).setParameter("ids", ids)
                .getSingleResult());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> practices = new ArrayList<>();
        for (Practice practice : practices(student)) {
            Placement placement = em.find(Placement.class, practice.getPlacementId());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("placement_id", practice.getPlacementId());
            json.put("course_id", placement == null ? null : placement.getContextId());
            json.put("scenario", placement == null ? null : placement.getActivity().key());
            json.put("title", placement == null ? null : placement.getTitle());
            json.put("name_shared_by_lms", practice.getStudentName());
            json.put("preview", practice.isPreview());
            json.put("times_finished", practice.getTimesFinished());
            json.put("started_at", practice.getStartedAt());
            json.put("updated_at", practice.getUpdatedAt());
            json.put("first_finished_at", practice.getFirstFinishedAt());
            json.put("latest_walk_finished_at", practice.getFinishedAt());
            List<Map<String, Object>> path = new ArrayList<>();
            for (PracticeStep step : practice.getSteps()) {
                Choice choice = step.choice();
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("node_id", choice.nodeId());
                s.put("answer_id", choice.answerId());
                s.put("typed_text", choice.typedText());
                s.put("answered_at", step.getAnsweredAt());
                path.add(s);
            }
            json.put("latest_path", path);
            practices.add(json);
        }
        return new Section(Map.of("practices", practices), List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        List<UUID> ids = practiceIds(student);
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("practice_steps", ids.isEmpty() ? 0L
                : (long) em.createQuery("delete from PracticeStep s where s.practice.id in :ids").setParameter("ids", ids).executeUpdate());
        erased.put("practices", ids.isEmpty() ? 0L
                : (long) em.createQuery("delete from Practice p where p.id in :ids").setParameter("ids", ids).executeUpdate());
        return erased;
    }

    private List<Practice> practices(StudentRef student) {
        return em.createQuery("select p from Practice p where p.platformId = :platform and p.studentSubject = :subject "
                        + "order by p.startedAt", Practice.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }

    private List<UUID> practiceIds(StudentRef student) {
        return em.createQuery("select p.id from Practice p where p.platformId = :platform and p.studentSubject = :subject",
                        UUID.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }
}
