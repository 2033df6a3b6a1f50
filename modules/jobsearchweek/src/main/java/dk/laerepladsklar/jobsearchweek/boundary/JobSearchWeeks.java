package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.ProgrammeJson;
import dk.laerepladsklar.jobsearchweek.control.ShippedTemplates;
import dk.laerepladsklar.jobsearchweek.control.WeekProgrammes;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SchoolTemplate;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.jobsearchweek.entity.WeekTemplate;
import dk.laerepladsklar.jobsearchweek.entity.WeekTexts;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Planning a placed job-search week: opening it for the course's staff (made the first time, from the shipped
 * template or empty), its days, sessions, activities of the tool as parts of the week, tasks, due dates, a part's own
 * gradebook column; starting an empty week from a template or another week the teacher planned (the way a week is
 * copied to another course or year); saving the programme as the school's template.
 *
 * <p>Every call checks again, with {@code Access}, that the launch may teach the week's course: a week id from another
 * course or school is refused like a missing one ({@code WEEK_NOT_FOUND}), and the log says why.
 */
@ApplicationScoped
public class JobSearchWeeks {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");
    /** Activity types a week does not hold: itself, and the job café (a recurring session of its own). */
    static final Set<String> NOT_PARTS = Set.of(JobSearchWeekActivity.TYPE, "job-cafe");
    static final int MAX_SESSIONS = 150;
    static final int MAX_ACTIVITIES = 100;
    static final int MAX_LISTED = 50;
    private static final Logger LOG = Logger.getLogger(JobSearchWeeks.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Placements placements;
    @Inject
    ActivityTypes types;
    @Inject
    Access access;
    @Inject
    WeekSetUp setUp;
    @Inject
    WeekBuilder builder;

    // --- opening ----------------------------------------------------------------------------------------------------

    /**
     * The week of this placement for its course's staff, made now if this is its first open. Empty when the id names
     * no launched week placement, or one of another course or school, or the launch is not staff of the course.
     */
    public Optional<PlannedWeek> openToPlan(String placementId, LaunchContext launch) {
        Optional<Placement> placement = weekPlacement(placementId)
                .filter(p -> allowed(p, access.mayTeach(launch, CourseRef.of(p))));
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        if (em.find(JobSearchWeek.class, placement.get().getId()) == null) {
            try {
                setUp.create(placement.get(), launch);
            } catch (RuntimeException e) {
                if (em.find(JobSearchWeek.class, placement.get().getId()) == null) {
                    throw e;
                }
                // Another request made it first: read theirs.
                LOG.debugf("Week %s was made by another request", placement.get().getId());
            }
        }
        return Optional.ofNullable(em.find(JobSearchWeek.class, placement.get().getId())).map(this::read);
    }

    /** The week of this placement as it stands, for whoever the caller checked may see it; nothing is made. */
    public Optional<PlannedWeek> find(UUID placementId) {
        return Optional.ofNullable(placementId == null ? null : em.find(JobSearchWeek.class, placementId)).map(this::read);
    }

    /** A launched week placement, by the id a page was given (anything else: empty). */
    public Optional<Placement> weekPlacement(String placementId) {
        UUID id = uuid(placementId);
        return placements.find(id).filter(p -> !p.isProvisional())
                .filter(p -> JobSearchWeekActivity.TYPE.equals(p.getActivity().type()));
    }

    private static boolean allowed(Placement placement, boolean allowed) {
        if (!allowed) {
            LOG.warnf("WEEK_OF_ANOTHER_COURSE: week placement %s asked for by a launch that may not plan it", placement.getId());
        }
        return allowed;
    }

    private PlannedWeek read(JobSearchWeek week) {
        List<WeekSession> sessions = em.createQuery("select s from WeekSession s where s.weekId = :week "
                + "order by s.day, s.startsMinute, s.endsMinute, s.title", WeekSession.class)
                .setParameter("week", week.getPlacementId()).getResultList();
        List<WeekActivity> activities = activitiesOf(week.getPlacementId());
        Set<UUID> ownColumns = new HashSet<>();
        for (WeekActivity activity : activities) {
            if (activity instanceof WeekPart part) {
                placements.find(part.getPartId()).filter(Placement::hasOwnColumn).ifPresent(p -> ownColumns.add(p.getId()));
            }
        }
        return new PlannedWeek(week, sessions, activities, ownColumns);
    }

    private List<WeekActivity> activitiesOf(UUID week) {
        return em.createQuery("select a from WeekActivity a where a.weekId = :week order by a.position, a.dueOn",
                WeekActivity.class).setParameter("week", week).getResultList();
    }

    /** The week, locked for this change, if the launch may plan it. */
    private JobSearchWeek toChange(UUID weekId, LaunchContext launch) {
        JobSearchWeek week = weekId == null ? null : em.find(JobSearchWeek.class, weekId, LockModeType.PESSIMISTIC_WRITE);
        if (week == null) {
            throw new WeekRefused("WEEK_NOT_FOUND");
        }
        if (!access.mayTeach(launch, new CourseRef(week.getPlatform(), week.getContextId()))) {
            LOG.warnf("WEEK_OF_ANOTHER_COURSE: change to week %s refused", weekId);
            throw new WeekRefused("WEEK_NOT_FOUND");
        }
        week.plannedBy(launch.actor().subject(), Instant.now());
        return week;
    }

    // --- the week itself --------------------------------------------------------------------------------------------

    /** A new title, first day and number of days; due dates move with the first day. */
    @Transactional
    public void changeWeek(UUID weekId, LaunchContext launch, String title, LocalDate firstDay, int dayCount) {
        JobSearchWeek week = toChange(weekId, launch);
        Instant now = Instant.now();
        PlannedWeek planned = read(week);
        week.rename(title, now);
        int lastInUse = planned.sessions().stream().mapToInt(WeekSession::getDay).max().orElse(0);
        for (WeekActivity activity : planned.activities()) {
            lastInUse = Math.max(lastInUse, WeekProgrammes.dueDay(week, activity.getDueOn()));
        }
        week.resize(dayCount, lastInUse, now);
        long shift = week.startOn(firstDay, now);
        planned.activities().forEach(a -> a.shiftDue(shift));
    }

    @Transactional
    public void theme(UUID weekId, LaunchContext launch, int day, String theme) {
        toChange(weekId, launch).theme(day, theme, Instant.now());
    }

    // --- sessions ---------------------------------------------------------------------------------------------------

    @Transactional
    public UUID addSession(UUID weekId, LaunchContext launch, LocalDate date, LocalTime start, LocalTime end,
                           SessionDetails details) {
        JobSearchWeek week = toChange(weekId, launch);
        long count = em.createQuery("select count(s) from WeekSession s where s.weekId = :week", Long.class)
                .setParameter("week", weekId).getSingleResult();
        if (count >= MAX_SESSIONS) {
            throw new WeekRefused("WEEK_FULL");
        }
        WeekSession session = new WeekSession(week, dayOf(week, date), start, end, details);
        em.persist(session);
        return session.getId();
    }

    /** What a session says, and when: another day or time is a move. */
    @Transactional
    public void changeSession(UUID weekId, LaunchContext launch, UUID sessionId, LocalDate date, LocalTime start,
                              LocalTime end, SessionDetails details) {
        JobSearchWeek week = toChange(weekId, launch);
        WeekSession session = sessionOf(week, sessionId);
        session.moveTo(week, dayOf(week, date), start, end);
        session.change(details);
    }

    @Transactional
    public void removeSession(UUID weekId, LaunchContext launch, UUID sessionId) {
        em.remove(sessionOf(toChange(weekId, launch), sessionId));
    }

    private WeekSession sessionOf(JobSearchWeek week, UUID sessionId) {
        WeekSession session = sessionId == null ? null : em.find(WeekSession.class, sessionId);
        if (session == null || !session.getWeekId().equals(week.getPlacementId())) {
            throw new WeekRefused("SESSION_NOT_FOUND");
        }
        return session;
    }

    private static int dayOf(JobSearchWeek week, LocalDate date) {
        if (date == null) {
            throw new WeekRefused("SESSION_DAY_MISSING");
        }
        return week.dayOf(date).orElseThrow(() -> new WeekRefused("DAY_OUTSIDE_WEEK"));
    }

    // --- activities -------------------------------------------------------------------------------------------------

    /** What the week can hold from the tool: every other activity type's offers, in the teacher's language. */
    public List<ActivityOffer> partOffers(Locale locale) {
        return types.offers(locale).stream().filter(o -> !NOT_PARTS.contains(o.ref().type())).toList();
    }

    static Optional<ActivityOffer> partOffer(ActivityTypes types, ActivityRef ref, Locale locale) {
        return ref == null || NOT_PARTS.contains(ref.type()) ? Optional.empty() : types.offer(ref, locale);
    }

    /** An activity of the tool as a new part of the week, due on a day of it. */
    @Transactional
    public UUID addPart(UUID weekId, LaunchContext launch, ActivityRef activity, String title, LocalDate due) {
        JobSearchWeek week = toChange(weekId, launch);
        ActivityOffer offer = partOffer(types, activity, launch.locale()).orElseThrow(() -> new WeekRefused("ACTIVITY_UNKNOWN"));
        week.checkDate(due);
        String shown = title == null || title.isBlank() ? offer.title() : title;
        List<WeekActivity> activities = checkedRoom(week);
        Placement whole = placements.find(weekId).orElseThrow(() -> new WeekRefused("WEEK_NOT_FOUND"));
        // The title is checked before the part is made, so a refused title leaves no part behind.
        String checkedTitle = WeekTexts.required(shown, WeekTexts.MAX_TITLE, "ACTIVITY_TITLE");
        Placement part = placements.placeWithin(whole, activity, checkedTitle, offer.scoreMaximum());
        WeekPart row = new WeekPart(week, part.getId(), activity, checkedTitle, due, nextPosition(activities));
        em.persist(row);
        return row.getId();
    }

    @Transactional
    public UUID addTask(UUID weekId, LaunchContext launch, String title, String link, LocalDate due) {
        JobSearchWeek week = toChange(weekId, launch);
        WeekTask task = new WeekTask(week, title, link, due, nextPosition(checkedRoom(week)));
        em.persist(task);
        return task.getId();
    }

    private List<WeekActivity> checkedRoom(JobSearchWeek week) {
        List<WeekActivity> activities = activitiesOf(week.getPlacementId());
        if (activities.size() >= MAX_ACTIVITIES) {
            throw new WeekRefused("WEEK_FULL");
        }
        return activities;
    }

    private static int nextPosition(List<WeekActivity> activities) {
        return activities.stream().mapToInt(WeekActivity::getPosition).max().orElse(-1) + 1;
    }

    /** A new due date, and for a part whether it has its own gradebook column. */
    @Transactional
    public void changeActivity(UUID weekId, LaunchContext launch, UUID activityId, LocalDate due, boolean ownColumn) {
        JobSearchWeek week = toChange(weekId, launch);
        WeekActivity activity = activityOf(week, activityId);
        activity.dueOn(week, due);
        if (activity instanceof WeekPart part) {
            boolean has = placements.find(part.getPartId()).map(Placement::hasOwnColumn).orElse(false);
            if (has != ownColumn) {
                placements.giveOwnColumn(part.getPartId(), ownColumn);
            }
        }
    }

    @Transactional
    public void changeTask(UUID weekId, LaunchContext launch, UUID activityId, String title, String link) {
        JobSearchWeek week = toChange(weekId, launch);
        if (!(activityOf(week, activityId) instanceof WeekTask task)) {
            throw new WeekRefused("ACTIVITY_NOT_FOUND");
        }
        task.change(title, link);
    }

    /** Takes an activity out of the week; a part placement goes with it (and the students' progress in it). */
    @Transactional
    public void removeActivity(UUID weekId, LaunchContext launch, UUID activityId) {
        WeekActivity activity = activityOf(toChange(weekId, launch), activityId);
        em.remove(activity);
        em.flush();
        if (activity instanceof WeekPart part) {
            placements.removePart(part.getPartId());
        }
    }

    private WeekActivity activityOf(JobSearchWeek week, UUID activityId) {
        WeekActivity activity = activityId == null ? null : em.find(WeekActivity.class, activityId);
        if (activity == null || !activity.getWeekId().equals(week.getPlacementId())) {
            throw new WeekRefused("ACTIVITY_NOT_FOUND");
        }
        return activity;
    }

    // --- templates and copies ---------------------------------------------------------------------------------------

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
                        t.getSavedAt().atZone(SCHOOL_ZONE).toLocalDate().toString())));
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
        JobSearchWeek week = toChange(weekId, launch);
        if (!read(week).isEmpty()) {
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
            SchoolTemplate template = Optional.ofNullable(uuid(optionId.substring("school-".length())))
                    .map(id -> em.find(SchoolTemplate.class, id))
                    .filter(t -> t.getPlatform().equals(launch.platform()))
                    .orElseThrow(() -> new WeekRefused("START_OPTION_UNKNOWN"));
            return ProgrammeJson.read(template.getProgrammeJson());
        }
        if (optionId.startsWith("week-")) {
            JobSearchWeek source = Optional.ofNullable(uuid(optionId.substring("week-".length())))
                    .filter(id -> !id.equals(week.getPlacementId()))
                    .map(id -> em.find(JobSearchWeek.class, id))
                    .filter(w -> w.getPlatform().equals(launch.platform()) && w.isPlannedBy(launch.actor().subject()))
                    .orElseThrow(() -> {
                        LOG.warnf("WEEK_NOT_PLANNED_BY_LAUNCH: week %s asked to start from a week this teacher did not plan",
                                week.getPlacementId());
                        return new WeekRefused("START_OPTION_UNKNOWN");
                    });
            PlannedWeek planned = read(source);
            return WeekProgrammes.of(source, planned.sessions(), planned.activities());
        }
        throw new WeekRefused("START_OPTION_UNKNOWN");
    }

    /** Saves the week's programme (no dates, no students) as a template of the school (the platform). */
    @Transactional
    public UUID saveAsSchoolTemplate(UUID weekId, LaunchContext launch, String name) {
        JobSearchWeek week = toChange(weekId, launch);
        PlannedWeek planned = read(week);
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

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
