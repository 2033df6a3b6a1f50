package dk.laerepladsklar.jobsearchweek.entity;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A job café (*jobcafé*) placed in a course: the same weekday and time every week, in one place, from one date to
 * another, e.g. every Thursday 12:30–14:00 in the library from August to December. Students without an apprenticeship
 * must come; the others are welcome. One café per placement; its occurrences are computed, never stored, so a changed
 * time applies to every coming date at once.
 *
 * <p>Times are wall-clock times in Europe/Copenhagen: a café at 14:00 is at 14:00 on both sides of a change to or from
 * summer time.
 */
@Entity
@Table(name = "job_cafe")
public class JobCafe {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** A café runs for a school year at most, so its dates stay a short list (about 53). */
    public static final int MAX_DAYS = 366;

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "platform_id", nullable = false)
    private UUID platformId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    /** ISO day of the week, 1 (Monday) to 7 (Sunday). */
    @Column(nullable = false)
    private int weekday;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(nullable = false, length = WeekTexts.MAX_LINE)
    private String place;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JobCafe() {
    }

    public JobCafe(UUID placementId, PlatformId platform, String contextId, CafeSchedule schedule, String by,
                   Instant now) {
        this.placementId = Objects.requireNonNull(placementId, "placement");
        this.platformId = Objects.requireNonNull(platform, "platform").value();
        this.contextId = Objects.requireNonNull(contextId, "course");
        reschedule(schedule, by, now);
    }

    /** A new weekday, time, place or period; the coming dates follow it at once. */
    public void reschedule(CafeSchedule schedule, String by, Instant now) {
        Objects.requireNonNull(schedule, "schedule");
        this.weekday = schedule.weekday().getValue();
        this.startsAt = schedule.starts();
        this.endsAt = schedule.ends();
        this.place = schedule.place();
        this.fromDate = schedule.from();
        this.toDate = schedule.to();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = now;
    }

    public CafeSchedule schedule() {
        return new CafeSchedule(DayOfWeek.of(weekday), startsAt, endsAt, place, fromDate, toDate);
    }

    /** Every date the café is held, in order. */
    public List<Occurrence> occurrences() {
        return schedule().occurrences();
    }

    /** Whether the café is held on this date. */
    public boolean isHeldOn(LocalDate date) {
        return date != null && !date.isBefore(fromDate) && !date.isAfter(toDate) && date.getDayOfWeek().getValue() == weekday;
    }

    public Optional<Occurrence> on(LocalDate date) {
        return isHeldOn(date) ? Optional.of(Occurrence.of(date, startsAt, endsAt)) : Optional.empty();
    }

    /** The café that is on now or comes next (one that has ended is over); empty after the last date. */
    public Optional<Occurrence> next(Instant now) {
        return occurrences().stream().filter(o -> o.ends().toInstant().isAfter(now)).findFirst();
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

    public String getPlace() {
        return place;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /**
     * When and where the café is held, checked as it is made: the end after the start, the last date not before the
     * first and at most {@link #MAX_DAYS} after it, the place a line of text.
     */
    public record CafeSchedule(DayOfWeek weekday, LocalTime starts, LocalTime ends, String place, LocalDate from,
                               LocalDate to) implements java.io.Serializable {

        public CafeSchedule {
            if (weekday == null) {
                throw new WeekRefused("CAFE_WEEKDAY_MISSING");
            }
            if (starts == null || ends == null) {
                throw new WeekRefused("CAFE_TIME_MISSING");
            }
            starts = starts.truncatedTo(ChronoUnit.MINUTES);
            ends = ends.truncatedTo(ChronoUnit.MINUTES);
            if (!ends.isAfter(starts)) {
                throw new WeekRefused("CAFE_ENDS_BEFORE_START");
            }
            place = WeekTexts.required(place, WeekTexts.MAX_LINE, "CAFE_PLACE");
            if (from == null || to == null) {
                throw new WeekRefused("CAFE_DATES_MISSING");
            }
            if (to.isBefore(from)) {
                throw new WeekRefused("CAFE_DATES_REVERSED");
            }
            if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
                throw new WeekRefused("CAFE_PERIOD_TOO_LONG");
            }
        }

        /** Every date from the first to the last on the weekday, with its start and end in Copenhagen time. */
        public List<Occurrence> occurrences() {
            List<Occurrence> dates = new ArrayList<>();
            for (LocalDate date = from.with(TemporalAdjusters.nextOrSame(weekday)); !date.isAfter(to);
                 date = date.plusWeeks(1)) {
                dates.add(Occurrence.of(date, starts, ends));
            }
            return dates;
        }
    }

    /**
     * One date of the café, with its start and end as moments in Copenhagen. A time that does not exist on that date
     * (the hour skipped when summer time begins) is moved on by the gap, as the clocks are.
     */
    public record Occurrence(LocalDate date, ZonedDateTime starts, ZonedDateTime ends) implements java.io.Serializable {

        static Occurrence of(LocalDate date, LocalTime starts, LocalTime ends) {
            return new Occurrence(date, ZonedDateTime.of(date, starts, ZONE), ZonedDateTime.of(date, ends, ZONE));
        }
    }
}
