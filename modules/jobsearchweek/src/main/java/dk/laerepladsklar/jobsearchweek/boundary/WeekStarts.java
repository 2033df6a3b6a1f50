package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.ProgrammeJson;
import dk.laerepladsklar.jobsearchweek.control.ShippedTemplates;
import dk.laerepladsklar.jobsearchweek.control.WeekProgrammes;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SchoolTemplate;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekTemplate;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Where a week's programme comes from and where it goes: starting an empty week from a shipped template, the school's
 * own, or another week the teacher planned (the way a week is copied to another course or year); saving a week's
 * programme as the school's template.
 *
 * <p>A change goes through {@link JobSearchWeeks}'s check, so a week id from another course or school is refused like
 * a missing one ({@code WEEK_NOT_FOUND}), and the log says why.
 */
@ApplicationScoped
public class WeekStarts {

    static final int MAX_LISTED = 50;
    private static final Logger LOG = Logger.getLogger(WeekStarts.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    JobSearchWeeks weeks;
    @Inject
    WeekBuilder builder;

    /**
     * What an empty week can start from: the shipped templates (the teacher's language first), the school's own, and
     * the other weeks this teacher planned at this school (newest first), each with something in it.
     */
    public List<StartOption> startOptions(UUID weekId, LaunchContext launch) {
        List<StartOption> options = new ArrayList<>();
        String language = launch.locale() != null && "en".equals(launch.locale().getLanguage()) ? "en" : "da";
        for (String shipped : List.of(language, language.equals("da") ? "en" : "da")) {
            WeekTemplate template = ShippedTemplates.in(shipped);
            options.add(new StartOption(template.id(), template.name(), StartOption.Kind.SHIPPED, shipped));
        }
        em.createQuery("select t from SchoolTemplate t where t.platformId = :platform order by t.savedAt desc",
                        SchoolTemplate.class)
                .setParameter("platform", launch.platform().value()).setMaxResults(MAX_LISTED).getResultList()
                .forEach(t -> options.add(new StartOption("school-" + t.getId(), t.getName(), StartOption.Kind.SCHOOL,
                        t.getSavedAt().atZone(JobSearchWeeks.SCHOOL_ZONE).toLocalDate().toString())));
        em.createQuery("select w from JobSearchWeek w join w.plannedBy planner where w.platformId = :platform "
                        + "and planner = :subject and w.placementId <> :current and (exists (select s.id from WeekSession s "
                        + "where s.weekId = w.placementId) or exists (select a.id from WeekActivity a where a.weekId = "
                        + "w.placementId)) order by w.firstDay desc", JobSearchWeek.class)
                .setParameter("platform", launch.platform().value()).setParameter("subject", launch.actor().subject())
                .setParameter("current", weekId).setMaxResults(MAX_LISTED).getResultList()
                .forEach(w -> options.add(new StartOption("week-" + w.getPlacementId(), w.getTitle(), StartOption.Kind.WEEK,
                        w.getFirstDay().toString())));
        return options;
    }

    /**
     * Fills an empty week from a template or from another week this teacher planned at this school: the programme
     * comes along (sessions on the same days of the week, due dates on the same days), with new parts, so nothing of
     * the other week's students comes along.
     *
     * @return how many activities were left out because the tool no longer offers them
     */
    @Transactional
    public int startFrom(UUID weekId, LaunchContext launch, String optionId) {
        JobSearchWeek week = weeks.toChange(weekId, launch);
        if (!weeks.read(week).isEmpty()) {
            throw new WeekRefused("WEEK_NOT_EMPTY");
        }
        WeekProgramme programme = programmeOf(optionId, week, launch);
        Placement whole = placements.find(weekId).orElseThrow(() -> new WeekRefused("WEEK_NOT_FOUND"));
        int leftOut = builder.build(week, whole, programme, launch.locale(), Instant.now());
        LOG.infof("Week %s started from %s", weekId, optionId == null ? "-" : optionId.replaceAll("[^a-z0-9-]", ""));
        return leftOut;
    }

    private WeekProgramme programmeOf(String optionId, JobSearchWeek week, LaunchContext launch) {
        if (optionId == null) {
            throw new WeekRefused("START_OPTION_MISSING");
        }
        if (optionId.equals(ShippedTemplates.idOf("da")) || optionId.equals(ShippedTemplates.idOf("en"))) {
            return ShippedTemplates.in(optionId.substring("shipped-".length())).programme();
        }
        if (optionId.startsWith("school-")) {
            SchoolTemplate template = Optional.ofNullable(JobSearchWeeks.uuid(optionId.substring("school-".length())))
                    .map(id -> em.find(SchoolTemplate.class, id))
                    .filter(t -> t.getPlatform().equals(launch.platform()))
                    .orElseThrow(() -> new WeekRefused("START_OPTION_UNKNOWN"));
            return ProgrammeJson.read(template.getProgrammeJson());
        }
        if (optionId.startsWith("week-")) {
            JobSearchWeek source = Optional.ofNullable(JobSearchWeeks.uuid(optionId.substring("week-".length())))
                    .filter(id -> !id.equals(week.getPlacementId()))
                    .map(id -> em.find(JobSearchWeek.class, id))
                    .filter(w -> w.getPlatform().equals(launch.platform()) && w.isPlannedBy(launch.actor().subject()))
                    .orElseThrow(() -> {
                        LOG.warnf("WEEK_NOT_PLANNED_BY_LAUNCH: week %s asked to start from a week this teacher did not plan",
                                week.getPlacementId());
                        return new WeekRefused("START_OPTION_UNKNOWN");
                    });
            PlannedWeek planned = weeks.read(source);
            return WeekProgrammes.of(source, planned.sessions(), planned.activities());
        }
        throw new WeekRefused("START_OPTION_UNKNOWN");
    }

    /** Saves the week's programme (no dates, no students) as a template of the school (the platform). */
    @Transactional
    public UUID saveAsSchoolTemplate(UUID weekId, LaunchContext launch, String name) {
        JobSearchWeek week = weeks.toChange(weekId, launch);
        PlannedWeek planned = weeks.read(week);
        if (planned.isEmpty()) {
            throw new WeekRefused("TEMPLATE_EMPTY");
        }
        WeekProgramme programme = WeekProgrammes.of(week, planned.sessions(), planned.activities());
        SchoolTemplate template = new SchoolTemplate(week.getPlatform(), name, ProgrammeJson.write(programme),
                launch.actor().subject(), Instant.now());
        em.persist(template);
        return template.getId();
    }

    /** A school's template, for the page that lists them (the caller's school only). */
    public List<SchoolTemplate> schoolTemplates(PlatformId school) {
        return em.createQuery("select t from SchoolTemplate t where t.platformId = :platform order by t.savedAt desc",
                SchoolTemplate.class).setParameter("platform", school.value()).setMaxResults(MAX_LISTED).getResultList();
    }
}
