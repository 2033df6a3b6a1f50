package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.JobCafe;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.TaskTick;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a placed week's programme for the registers, the progress page and the run-sheet: the week, its sessions in
 * time order, its activities by due date, and the students' task ticks. Only reads; planning is the plan page's.
 */
@ApplicationScoped
public class WeekReading {

    @PersistenceContext
    EntityManager em;

    public Optional<JobSearchWeek> week(UUID placementId) {
        return Optional.ofNullable(em.find(JobSearchWeek.class, placementId));
    }

    /** The week's sessions by day and start time. */
    public List<WeekSession> sessions(UUID weekId) {
        return em.createQuery("select s from WeekSession s where s.weekId = :week", WeekSession.class)
                .setParameter("week", weekId).getResultList().stream()
                .sorted(Comparator.comparingInt(WeekSession::getDay).thenComparing(WeekSession::getStart)
                        .thenComparing(WeekSession::getTitle))
                .toList();
    }

    /** The week's activities (parts and tasks) by due date, then in the teacher's order. */
    public List<WeekActivity> activities(UUID weekId) {
        return em.createQuery("select a from WeekActivity a where a.weekId = :week", WeekActivity.class)
                .setParameter("week", weekId).getResultList().stream()
                .sorted(Comparator.comparing(WeekActivity::getDueOn).thenComparingInt(WeekActivity::getPosition))
                .toList();
    }

    public List<TaskTick> ticks(UUID weekId) {
        return em.createQuery("select t from TaskTick t where t.weekId = :week", TaskTick.class)
                .setParameter("week", weekId).getResultList();
    }

    /** When a session starts, in Copenhagen, on its day's date. */
    public static ZonedDateTime starts(JobSearchWeek week, WeekSession session) {
        return ZonedDateTime.of(week.getFirstDay().plusDays(session.getDay() - 1L), session.getStart(), JobCafe.ZONE);
    }

    public static ZonedDateTime ends(JobSearchWeek week, WeekSession session) {
        return ZonedDateTime.of(week.getFirstDay().plusDays(session.getDay() - 1L), session.getEnd(), JobCafe.ZONE);
    }
}
