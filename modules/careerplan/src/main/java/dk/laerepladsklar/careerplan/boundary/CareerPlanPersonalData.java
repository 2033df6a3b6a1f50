package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.NextStep;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanVersion;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student's career plan: its sections (words; voice answers are media store files, which the store exports and
 * erases itself), next steps, the versions sent (whole), the comments beside it and who wrote them. Erasing deletes the
 * plan and everything that hangs on it (versions, comments, links to placements); the voice files go with the store's
 * own erasure of the student's files.
 */
@ApplicationScoped
public class CareerPlanPersonalData implements PersonalData {

    static final String MODULE = "careerplan";

    @PersistenceContext
    EntityManager em;
    @Inject
    CareerPlans plans;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        Map<String, Long> held = new LinkedHashMap<>();
        Optional<CareerPlan> plan = plans.find(student);
        held.put("plans", plan.isPresent() ? 1L : 0L);
        held.put("plan_versions", plan.map(p -> (long) plans.versions(p).size()).orElse(0L));
        held.put("plan_comments", plan.map(p -> (long) plans.comments(p).size()).orElse(0L));
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        Optional<CareerPlan> found = plans.find(student);
        if (found.isEmpty()) {
            return new Section(Map.of(), List.of());
        }
        CareerPlan plan = found.get();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", plan.getState());
        json.put("name_shared_by_lms", plan.getStudentName());
        json.put("support_shared_with_staff", plan.isSupportShared());
        json.put("trade", plan.getTrade());
        json.put("area", plan.getArea());
        json.put("created_at", plan.getCreatedAt());
        json.put("updated_at", plan.getUpdatedAt());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PlanSection section : PlanSection.values()) {
            plan.answer(section).filter(a -> a.isAnswered()).ifPresent(a -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("text", a.getText());
                s.put("voice_media_id", a.getVoiceMediaId());
                s.put("updated_at", a.getUpdatedAt());
                sections.put(section.key(), s);
            });
        }
        json.put("sections", sections);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (NextStep step : plan.getSteps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("text", step.getText());
            s.put("due", step.getDue());
            s.put("done_at", step.getDoneAt());
            steps.add(s);
        }
        json.put("next_steps", steps);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PlanVersion version : plans.versions(plan)) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("number", version.getNumber());
            v.put("sent_at", version.getSentAt());
            v.put("verdict", version.getVerdict());
            v.put("verdict_at", version.getVerdictAt());
            v.put("content", version.snapshot().toJson());
            versions.add(v);
        }
        json.put("versions", versions);
        List<Map<String, Object>> comments = new ArrayList<>();
        for (PlanComment comment : plans.comments(plan)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("version", comment.getVersionNumber());
            c.put("section", comment.getSection() == null ? null : comment.getSection().key());
            c.put("author_name", comment.getAuthorName());
            c.put("author_role", comment.getAuthorRole());
            c.put("text", comment.getText());
            c.put("written_at", comment.getWrittenAt());
            comments.add(c);
        }
        json.put("comments", comments);
        return new Section(Map.of("plan", json), List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>(held(student));
        plans.find(student).ifPresent(plan -> {
            em.createQuery("delete from PlanComment c where c.planId = :plan").setParameter("plan", plan.getId())
                    .executeUpdate();
            em.createQuery("delete from PlanVersion v where v.planId = :plan").setParameter("plan", plan.getId())
                    .executeUpdate();
            em.createQuery("delete from PlanPlacement l where l.planId = :plan").setParameter("plan", plan.getId())
                    .executeUpdate();
            em.remove(plan);
        });
        return erased;
    }
}
