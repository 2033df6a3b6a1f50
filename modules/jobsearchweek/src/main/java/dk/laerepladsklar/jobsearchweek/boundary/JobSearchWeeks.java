package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.control.WeekProgrammes;
import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.jobsearchweek.entity.WeekTexts;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.launch.LaunchContext;
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
 * gradebook column. Starting an empty week from a template or another week, and saving one as the school's template,
 * are {@link WeekStarts}'s.
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

    PlannedWeek read(JobSearchWeek week) {
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

    /** The week, locked for this change, if the launch may plan it (also for {@link WeekStarts}). */
    JobSearchWeek toChange(UUID weekId, LaunchContext launch) {
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

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
