package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.WeekScore;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.PartProgress;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.ProgressRecorded;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The week's score from its parts: when an activity placed as a part of a week reports a student's progress, the
 * week works out that student's whole week ({@link WeekScore}) and reports it as the week placement's own
 * {@link ProgressRecorded}, in the same transaction, so the class overview and the gradebook hear of the week as of
 * any other activity. A task ticked or unticked does the same ({@link WeekTicks}).
 *
 * <p>The week's own report comes back to every observer, this one too: it is ignored here because the week placement
 * is not a part of anything. Only a part's report is rolled up, and a part never holds parts, so one report makes at
 * most one more.
 *
 * <p>Runs after the other observers of the part's report ({@link Priority} later than the default), so the week's
 * record of the part ({@link PartProgresses}) already holds the new report when the week is counted.
 */
@ApplicationScoped
public class WeekRollUp {

    private static final Logger LOG = Logger.getLogger(WeekRollUp.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    WeekTicks ticks;
    @Inject
    Event<ProgressRecorded> recorded;

    @Transactional
    public void partReported(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ProgressRecorded progress) {
        Optional<UUID> whole = placements.find(progress.placementId()).flatMap(Placement::getPartOf);
        if (whole.isEmpty() || em.find(JobSearchWeek.class, whole.get()) == null) {
            return; // not a part of a week: the week's own report, or another activity's
        }
        rollUp(whole.get(), progress.studentSubject());
    }

    /**
     * Counts this student's week again and reports it as the week's progress. Nothing is reported for a week that is
     * gone, or one whose placement is still provisional (the LMS may have no link for it: no gradebook to tell).
     */
    @Transactional
    public void rollUp(UUID weekId, String studentSubject) {
        JobSearchWeek week = em.find(JobSearchWeek.class, weekId);
        Optional<Placement> placement = placements.find(weekId);
        if (week == null || placement.isEmpty() || placement.get().isProvisional()) {
            return;
        }
        WeekScore.Result result = WeekScore.of(items(week, new StudentRef(week.getPlatform(), studentSubject)),
                placement.get().getScoreMaximum());
        LOG.debugf("Week %s rolled up: %s", weekId, result.state());
        recorded.fire(new ProgressRecorded(weekId, studentSubject, result.state(), result.fractionDone(), result.score(),
                placement.get().getScoreMaximum(), Instant.now()));
    }

    /**
     * The week's activities for one student, by due date then in the teacher's order: each part as it last reported
     * (out of the maximum it reported, or else the one it was placed with), each task ticked or not.
     */
    public List<WeekScore.Item> items(JobSearchWeek week, StudentRef student) {
        List<WeekActivity> activities = em.createQuery("select a from WeekActivity a where a.weekId = :week "
                        + "order by a.dueOn, a.position", WeekActivity.class)
                .setParameter("week", week.getPlacementId()).getResultList();
        Map<UUID, PartProgress> progress = new HashMap<>();
        em.createQuery("select p from PartProgress p where p.weekId = :week and p.platformId = :platform "
                        + "and p.studentSubject = :student", PartProgress.class)
                .setParameter("week", week.getPlacementId()).setParameter("platform", student.platform().value())
                .setParameter("student", student.subject()).getResultStream()
                .forEach(p -> progress.put(p.getPartId(), p));
        Map<UUID, Double> placedMaximum = new HashMap<>();
        placements.partsOf(week.getPlacementId()).forEach(p -> placedMaximum.put(p.getId(), p.getScoreMaximum()));
        Set<UUID> ticked = ticks.ticked(week.getPlacementId(), student);
        List<WeekScore.Item> items = new ArrayList<>();
        for (WeekActivity activity : activities) {
            if (activity instanceof WeekPart part) {
                PartProgress p = progress.get(part.getPartId());
                double maximum = p == null ? 0 : p.getScoreMaximum().orElse(0.0);
                if (maximum <= 0) {
                    maximum = placedMaximum.getOrDefault(part.getPartId(), JobSearchWeekActivity.SCORE_MAXIMUM);
                }
                items.add(WeekScore.Item.part(part.getId(), part.getTitle(), part.getDueOn(),
                        p == null ? null : p.getState(), p == null ? null : p.getScore(), maximum));
            } else {
                items.add(WeekScore.Item.task(activity.getId(), activity.getTitle(), activity.getDueOn(),
                        ticked.contains(activity.getId())));
            }
        }
        return items;
    }
}
