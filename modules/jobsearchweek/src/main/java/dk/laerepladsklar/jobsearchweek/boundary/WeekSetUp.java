package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.ShippedTemplates;
import dk.laerepladsklar.jobsearchweek.control.WeekProgrammes;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes the week of a placed week the first time its plan page opens: the shipped programme in the teacher's
 * language for the template offer, nothing for the empty one; starting on the next Monday until the teacher picks
 * the first day. In a transaction of its own, so two first opens at once end with one week (the other finds it).
 */
@ApplicationScoped
public class WeekSetUp {

    @PersistenceContext
    EntityManager em;
    @Inject
    WeekBuilder builder;
    @Inject
    Placements placements;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(Placement placement, LaunchContext launch) {
        Instant now = Instant.now();
        String title = placement.getTitle().length() > 200 ? placement.getTitle().substring(0, 200) : placement.getTitle();
        JobSearchWeek week = new JobSearchWeek(placement.getId(), placement.getPlatform(), placement.getContextId(), title,
                WeekProgrammes.nextMonday(LocalDate.now(JobSearchWeeks.SCHOOL_ZONE)), 5, launch.actor().subject(), now);
        em.persist(week);
        // A week's points are the points of its finished parts: they only grow, and a student half way through the
        // week has earned them for good. Sent as "pending" (the default) the LMS would show "-" all week; so a new
        // week shows its points as they grow. The teacher can still switch it off on the class page.
        placements.gradeGrowingPoints(placement.getId(), true);
        if (JobSearchWeekActivity.TEMPLATE_OFFER.equals(placement.getActivity().key())) {
            WeekProgramme programme = ShippedTemplates.forLocale(launch.locale()).programme();
            builder.build(week, placement, programme, launch.locale(), now);
        }
    }
}
