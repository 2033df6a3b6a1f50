package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.TaskTick;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A student's ticks on the tasks of a week: only their own, in their own course ({@code Access.mayChange}); ticking
 * twice keeps one tick, untick removes it.
 */
@ApplicationScoped
public class WeekTicks {

    private static final Logger LOG = Logger.getLogger(WeekTicks.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;
    @Inject
    WeekRollUp rollUp;

    @Transactional
    public void tick(UUID weekId, UUID taskId, LaunchContext launch, boolean done) {
        JobSearchWeek week = weekId == null ? null : em.find(JobSearchWeek.class, weekId);
        WeekActivity activity = taskId == null ? null : em.find(WeekActivity.class, taskId);
        StudentRef me = new StudentRef(launch.platform(), launch.actor().subject());
        if (week == null || !(activity instanceof WeekTask task) || !task.getWeekId().equals(weekId)
                || !access.mayChange(launch, me, new CourseRef(week.getPlatform(), week.getContextId()))) {
            LOG.warnf("WEEK_TICK_REFUSED: a tick on task %s of week %s refused", taskId, weekId);
            throw new WeekRefused("ACTIVITY_NOT_FOUND");
        }
        em.createQuery("delete from TaskTick t where t.taskId = :task and t.platformId = :platform and t.studentSubject = :subject")
                .setParameter("task", taskId).setParameter("platform", me.platform().value())
                .setParameter("subject", me.subject()).executeUpdate();
        if (done) {
            em.persist(new TaskTick(task, me.platform(), me.subject(), Instant.now()));
        }
        if (launch.actor().isStudent()) {
            // a tick moves the week's share done and score; staff trying the week send nothing to the gradebook
            rollUp.rollUp(weekId, me.subject());
        }
    }

    /** The tasks of the week this student ticked. */
    public Set<UUID> ticked(UUID weekId, StudentRef student) {
        return em.createQuery("select t.taskId from TaskTick t where t.weekId = :week and t.platformId = :platform "
                        + "and t.studentSubject = :subject", UUID.class)
                .setParameter("week", weekId).setParameter("platform", student.platform().value())
                .setParameter("subject", student.subject()).getResultStream().collect(Collectors.toSet());
    }
}
