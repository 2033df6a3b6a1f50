package dk.laerepladsklar.jobsearchweek.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The café's dates: every week on its weekday, at the same wall-clock time on both sides of a change of clocks. */
class JobCafeTest {

    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

    private static JobCafe.CafeSchedule thursdays(String from, String to) {
        return new JobCafe.CafeSchedule(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(15, 30), "Biblioteket",
                LocalDate.parse(from), LocalDate.parse(to));
    }

    private static JobCafe cafe(JobCafe.CafeSchedule schedule) {
        return new JobCafe(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "GF2", schedule, "teacher-1", NOW);
    }

    @Test
    void theDatesAreTheWeekdaysOfThePeriodAtTheSameLocalTimeAcrossTheEndOfSummerTime() {
        // summer time ends on Sunday 25 October 2026 in Denmark
        List<JobCafe.Occurrence> dates = cafe(thursdays("2026-10-13", "2026-11-05")).occurrences();
        assertEquals(List.of(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-10-22"), LocalDate.parse("2026-10-29"),
                LocalDate.parse("2026-11-05")), dates.stream().map(JobCafe.Occurrence::date).toList());
        for (JobCafe.Occurrence o : dates) {
            assertEquals(LocalTime.of(14, 0), o.starts().toLocalTime(), "14:00 on the clock on " + o.date());
            assertEquals(LocalTime.of(15, 30), o.ends().toLocalTime());
        }
        assertEquals(Instant.parse("2026-10-22T12:00:00Z"), dates.get(1).starts().toInstant(), "summer time, UTC+2");
        assertEquals(Instant.parse("2026-10-29T13:00:00Z"), dates.get(2).starts().toInstant(), "winter time, UTC+1");
        assertEquals(Duration.ofDays(7).plusHours(1),
                Duration.between(dates.get(1).starts().toInstant(), dates.get(2).starts().toInstant()));
    }

    @Test
    void aTimeTheStartOfSummerTimeSkipsMovesOnByTheGapAndTheLastDateCounts() {
        // Sunday 29 March 2026: the clocks go from 02:00 to 03:00
        JobCafe.CafeSchedule night = new JobCafe.CafeSchedule(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0),
                "Online", LocalDate.parse("2026-03-22"), LocalDate.parse("2026-03-29"));
        List<JobCafe.Occurrence> dates = night.occurrences();
        assertEquals(2, dates.size(), "the first and the last date are both in the period");
        assertEquals(Instant.parse("2026-03-22T01:30:00Z"), dates.get(0).starts().toInstant());
        assertEquals(LocalTime.of(3, 30), dates.get(1).starts().toLocalTime(), "02:30 does not exist that night");
    }

    @Test
    void theNextCafeIsTheOneOnNowOrComingAndNoneAfterTheLast() {
        JobCafe cafe = cafe(thursdays("2026-10-13", "2026-10-29"));
        assertEquals(LocalDate.parse("2026-10-22"), cafe.next(Instant.parse("2026-10-16T10:00:00Z")).orElseThrow().date());
        assertEquals(LocalDate.parse("2026-10-22"), cafe.next(Instant.parse("2026-10-22T13:00:00Z")).orElseThrow().date(),
                "on now (14:00–15:30 in Copenhagen)");
        assertEquals(LocalDate.parse("2026-10-29"), cafe.next(Instant.parse("2026-10-22T13:31:00Z")).orElseThrow().date(),
                "over");
        assertTrue(cafe.next(Instant.parse("2026-10-29T15:00:00Z")).isEmpty());
        assertTrue(cafe.isHeldOn(LocalDate.parse("2026-10-22")));
        assertFalse(cafe.isHeldOn(LocalDate.parse("2026-10-21")), "a Wednesday");
        assertFalse(cafe.isHeldOn(LocalDate.parse("2026-11-05")), "after the period");
        assertFalse(cafe.isHeldOn(null));
    }

    @Test
    void aScheduleRefusesWhatCannotBe() {
        LocalDate from = LocalDate.parse("2026-08-10");
        assertEquals("CAFE_ENDS_BEFORE_START", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(14, 0), "A", from, from)).reason());
        assertEquals("CAFE_DATES_REVERSED", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), "A", from, from.minusDays(1))).reason());
        assertEquals("CAFE_PERIOD_TOO_LONG", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), "A", from, from.plusDays(400))).reason());
        assertEquals("CAFE_PLACE_MISSING", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), " \t", from, from)).reason());
        assertEquals("CAFE_PLACE_TOO_LONG", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), "ø".repeat(201), from, from)).reason());
        assertEquals("CAFE_WEEKDAY_MISSING", assertThrows(WeekRefused.class, () -> new JobCafe.CafeSchedule(
                null, LocalTime.of(14, 0), LocalTime.of(15, 0), "A", from, from)).reason());
        assertEquals(53, new JobCafe.CafeSchedule(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "A",
                LocalDate.parse("2026-01-05"), LocalDate.parse("2027-01-04")).occurrences().size(), "a school year at most");
    }

    @Test
    void anOccasionIsASessionOrACafeDateAndATapTogglesPresent() {
        UUID placement = UUID.randomUUID();
        assertEquals("2026-10-22", Occasion.cafe(placement, LocalDate.parse("2026-10-22")).key());
        assertTrue(Occasion.dateKey("2026-02-30").isEmpty());
        assertTrue(Occasion.dateKey("2026-10-22'--").isEmpty());
        assertTrue(Occasion.sessionKey("not-a-session").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Occasion(placement, null, null));
        assertEquals(AttendanceStatus.PRESENT, AttendanceStatus.afterTap(null));
        assertEquals(AttendanceStatus.ABSENT, AttendanceStatus.afterTap(AttendanceStatus.PRESENT));
        assertEquals(AttendanceStatus.PRESENT, AttendanceStatus.afterTap(AttendanceStatus.ABSENT));
        assertEquals(AttendanceStatus.PRESENT, AttendanceStatus.afterTap(AttendanceStatus.LATE));
        assertTrue(AttendanceStatus.byKey("excused").isPresent());
        assertTrue(AttendanceStatus.byKey("EXCUSED").isEmpty());
        assertTrue(AttendanceStatus.byKey("maybe").isEmpty());
    }
}
