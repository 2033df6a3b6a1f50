package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.TaskTick;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the job-search week keeps about a student so far: their ticks on the weeks' tasks (which task, in which week,
 * when). The programme itself is the course's, not the student's. Attendance and progress are added to this module's
 * export and erasure by the parts that keep them.
 */
@ApplicationScoped
public class WeekPersonalData implements PersonalData {

    public static final String MODULE = "jobsearchweek";
    static final String TICKS = "task-ticks";

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Map<String, Long> held(StudentRef student) {
        long ticks = em.createQuery("select count(t) from TaskTick t where t.platformId = :platform "
                        + "and t.studentSubject = :subject", Long.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getSingleResult();
        return Map.of(TICKS, ticks);
    }

    @Override
    public Section export(StudentRef student) {
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (TaskTick tick : ticksOf(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            JobSearchWeek week = em.find(JobSearchWeek.class, tick.getWeekId());
            WeekActivity task = em.find(WeekActivity.class, tick.getTaskId());
            row.put("week", week == null ? null : week.getTitle());
            row.put("course", week == null ? null : week.getContextId());
            row.put("task", task == null ? null : task.getTitle());
            row.put("due", task == null ? null : task.getDueOn().toString());
            row.put("ticked_at", tick.getTickedAt().toString());
            ticks.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(TICKS, ticks);
        return new Section(data, List.of());
    }

    @Override
    public Map<String, Long> erase(StudentRef student) {
        int deleted = em.createQuery("delete from TaskTick t where t.platformId = :platform and t.studentSubject = :subject")
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .executeUpdate();
        return Map.of(TICKS, (long) deleted);
    }

    private List<TaskTick> ticksOf(StudentRef student) {
        return em.createQuery("select t from TaskTick t where t.platformId = :platform and t.studentSubject = :subject "
                        + "order by t.tickedAt", TaskTick.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }
}
