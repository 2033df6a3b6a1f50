package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One job-search week: the week a teacher placed in a course (one per week placement, keyed by the placement's id),
 * its first day and number of days, what each day is about, and who planned it. Sessions and activities are rows of
 * their own that name the week.
 */
@Entity
@Table(name = "job_search_week")
public class JobSearchWeek {

    public static final int MAX_DAYS = 10;
    /** A first day this far from today is a typing mistake, not a plan. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(nullable = false, length = WeekTexts.MAX_TITLE)
    private String title;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "day_count", nullable = false)
    private int dayCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_search_week_day", joinColumns = @JoinColumn(name = "week_id"))
    @MapKeyColumn(name = "day_number")
    @Column(name = "theme", length = WeekTexts.MAX_LINE, nullable = false)
    private Map<Integer, String> themes = new HashMap<>();

    /** The LMS user ids of the staff who planned it: whose weeks a teacher can start a new week from. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_search_week_planner", joinColumns = @JoinColumn(name = "week_id"))
    @Column(name = "subject", nullable = false)
    private Set<String> plannedBy = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JobSearchWeek() {
    }

    public JobSearchWeek(UUID placementId, PlatformId platform, String contextId, String title, LocalDate firstDay,
                         int dayCount, String plannedBy, Instant now) {
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        if (contextId == null || contextId.isBlank()) {
            throw new IllegalArgumentException("A week belongs to a course");
        }
        this.contextId = contextId;
        this.title = WeekTexts.required(title, WeekTexts.MAX_TITLE, "WEEK_TITLE");
        this.firstDay = checkedFirstDay(firstDay);
        this.dayCount = checkedDayCount(dayCount);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        plannedBy(plannedBy, now);
    }

    private static LocalDate checkedFirstDay(LocalDate day) {
        if (day == null) {
            throw new WeekRefused("WEEK_FIRST_DAY_MISSING");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new WeekRefused("WEEK_FIRST_DAY_UNLIKELY");
        }
        return day;
    }

    private static int checkedDayCount(int count) {
        if (count < 1 || count > MAX_DAYS) {
            throw new WeekRefused("WEEK_DAY_COUNT");
        }
        return count;
    }

    /** Remembers that this member of staff planned (part of) the week. */
    public void plannedBy(String subject, Instant now) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A week is planned by someone");
        }
        plannedBy.add(subject);
        updatedAt = now;
    }

    public void rename(String newTitle, Instant now) {
        title = WeekTexts.required(newTitle, WeekTexts.MAX_TITLE, "WEEK_TITLE");
        updatedAt = now;
    }

    /**
     * Moves the whole week to start on another day; sessions keep their day numbers, so they move with it.
     *
     * @return by how many days the week moved (negative: earlier), for the due dates to follow
     */
    public long startOn(LocalDate newFirstDay, Instant now) {
        LocalDate checked = checkedFirstDay(newFirstDay);
        long shift = ChronoUnit.DAYS.between(firstDay, checked);
        firstDay = checked;
        updatedAt = now;
        return shift;
    }

    /**
     * Makes the week longer or shorter. A day still in use (a session on it, something due on it) cannot go:
     * {@code lastDayInUse} is the highest day number that is, 0 when none.
     */
    public void resize(int newDayCount, int lastDayInUse, Instant now) {
        int count = checkedDayCount(newDayCount);
        if (count < lastDayInUse) {
            throw new WeekRefused("WEEK_DAY_IN_USE");
        }
        dayCount = count;
        themes.keySet().removeIf(day -> day > count);
        updatedAt = now;
    }

    /** What the day is about; blank clears it. */
    public void theme(int day, String theme, Instant now) {
        checkDay(day);
        String text = WeekTexts.optional(theme, WeekTexts.MAX_LINE, "DAY_THEME");
        if (text == null) {
            themes.remove(day);
        } else {
            themes.put(day, text);
        }
        updatedAt = now;
    }

    /** Refuses a day number that is not a day of this week. */
    public void checkDay(int day) {
        if (day < 1 || day > dayCount) {
            throw new WeekRefused("DAY_OUTSIDE_WEEK");
        }
    }

    /** Refuses a date that is not a day of this week (a due date must fall in the week). */
    public void checkDate(LocalDate date) {
        if (date == null) {
            throw new WeekRefused("DUE_MISSING");
        }
        if (dayOf(date).isEmpty()) {
            throw new WeekRefused("DUE_OUTSIDE_WEEK");
        }
    }

    public LocalDate dateOf(int day) {
        checkDay(day);
        return firstDay.plusDays(day - 1L);
    }

    /** The day number of this date, if it is a day of the week. */
    public Optional<Integer> dayOf(LocalDate date) {
        long day = ChronoUnit.DAYS.between(firstDay, date) + 1;
        return day >= 1 && day <= dayCount ? Optional.of((int) day) : Optional.empty();
    }

    public LocalDate getLastDay() {
        return firstDay.plusDays(dayCount - 1L);
    }

    /** The week's days in order, with their dates and themes. */
    public List<WeekDay> days() {
        List<WeekDay> days = new ArrayList<>();
        for (int day = 1; day <= dayCount; day++) {
            days.add(new WeekDay(day, firstDay.plusDays(day - 1L), themes.get(day)));
        }
        return days;
    }

    public boolean isPlannedBy(String subject) {
        return plannedBy.contains(subject);
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public PlatformId getPlatform() {
        return new PlatformId(platformId);
    }

    public String getContextId() {
        return contextId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public int getDayCount() {
        return dayCount;
    }

    public Map<Integer, String> getThemes() {
        return Map.copyOf(themes);
    }

    public Set<String> getPlannedBy() {
        return Set.copyOf(plannedBy);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
