package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the class overview keeps about a student: their progress per placed activity (rows carry no platform, so a
 * student is found through the placements of their platform), and, in memory, the course rosters that list them.
 */
@ApplicationScoped
public class ClassroomPersonalData implements PersonalData {

    static final String MODULE = "classroom";
    private static final String OF_STUDENT = "p.studentSubject = :subject and p.placementId in "
            + "(select pl.id from Placement pl where pl.platformId = :platform)";

    @PersistenceContext
    EntityManager em;
    @Inject
    CourseRoster rosters;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Map<String, Long> held(StudentRef student) {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("activity_progress", em.createQuery("select count(p) from ActivityProgress p where " + OF_STUDENT, Long.class)
                .setParameter("subject", student.subject()).setParameter("platform", student.platform().value())
                .getSingleResult());
        held.put("cached_rosters", (long) rosters.of(student.platform(), student.subject()).size());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> progress = new ArrayList<>();
        for (ActivityProgress p : em.createQuery("select p from ActivityProgress p where " + OF_STUDENT
                        + " order by p.updatedAt", ActivityProgress.class)
                .setParameter("subject", student.subject()).setParameter("platform", student.platform().value())
                .getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("placement_id", p.getPlacementId());
            row.put("state", p.getState());
            row.put("fraction_done", p.getFractionDone());
            row.put("score", p.getScore());
            row.put("score_maximum", p.getScoreMaximum());
            row.put("updated_at", p.getUpdatedAt());
            progress.add(row);
        }
        List<Map<String, Object>> rosterEntries = new ArrayList<>();
        for (Map.Entry<String, Member> entry : rosters.of(student.platform(), student.subject()).entrySet()) {
            Member member = entry.getValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("course_id", entry.getKey());
            row.put("name", member.name());
            row.put("email", member.email());
            row.put("roles", member.roles().stream().map(Enum::name).sorted().toList());
            row.put("active", member.active());
            rosterEntries.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activity_progress", progress);
        data.put("cached_course_rosters", rosterEntries);
        return new Section(data, List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("activity_progress", (long) em.createQuery("delete from ActivityProgress p where " + OF_STUDENT)
                .setParameter("subject", student.subject()).setParameter("platform", student.platform().value())
                .executeUpdate());
        erased.put("cached_rosters", (long) rosters.forget(student.platform(), student.subject()));
        return erased;
    }
}
