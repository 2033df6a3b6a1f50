package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.WeekProgrammes;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Puts a programme into an empty week: its days and themes, its sessions, its tasks, and its activities of the tool
 * as new part placements of the week (a copy never shares a part with the week it came from, so no progress comes
 * along). An activity the tool no longer offers (a school template naming a module that was removed) is left out.
 */
@ApplicationScoped
public class WeekBuilder {

    private static final Logger LOG = Logger.getLogger(WeekBuilder.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    ActivityTypes types;

    /** @return how many activities were left out because the tool does not offer them */
    @Transactional(Transactional.TxType.MANDATORY)
    public int build(JobSearchWeek week, Placement whole, WeekProgramme programme, Locale locale, Instant now) {
        week.resize(programme.dayCount(), 0, now);
        programme.themes().forEach((day, theme) -> week.theme(day, theme, now));
        for (WeekProgramme.Session session : programme.sessions()) {
            em.persist(new WeekSession(week, session.day(), session.start(), session.end(), session.details()));
        }
        int position = 0;
        int leftOut = 0;
        for (WeekProgramme.Activity activity : programme.activities()) {
            var due = WeekProgrammes.dueDate(week.getFirstDay(), activity.dueDay());
            if (activity.isTask()) {
                em.persist(new WeekTask(week, activity.title(), activity.link(), due, position++));
                continue;
            }
            Optional<ActivityOffer> offer = JobSearchWeeks.partOffer(types, activity.activity(), locale);
            if (offer.isEmpty()) {
                LOG.warnf("WEEK_OFFER_UNKNOWN: %s left out of week %s", activity.activity(), week.getPlacementId());
                leftOut++;
                continue;
            }
            Placement part = placements.placeWithin(whole, activity.activity(), activity.title(), offer.get().scoreMaximum());
            em.persist(new WeekPart(week, part.getId(), activity.activity(), activity.title(), due, position++));
        }
        return leftOut;
    }
}
