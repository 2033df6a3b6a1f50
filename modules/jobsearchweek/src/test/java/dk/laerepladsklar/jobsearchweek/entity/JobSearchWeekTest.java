package dk.laerepladsklar.jobsearchweek.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobSearchWeekTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    static JobSearchWeek week() {
        return new JobSearchWeek(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "course-1", "Jobsøgningsuge",
                MONDAY, 5, "teacher-1", NOW);
    }

    static SessionDetails details(String title) {
        return new SessionDetails(title, "Lokale 12", null, "Kontaktlærer", "CV");
    }

    @Test
    void aWeekHasItsDaysWithDatesAndThemes() {
        JobSearchWeek week = week();
        week.theme(2, "  Ansøgning og CV ", NOW);
        assertEquals(5, week.days().size());
        assertEquals(new WeekDay(2, LocalDate.of(2025, 3, 4), "Ansøgning og CV"), week.days().get(1));
        assertEquals(LocalDate.of(2025, 3, 7), week.getLastDay());
        assertEquals(Optional.of(3), week.dayOf(LocalDate.of(2025, 3, 5)));
        assertEquals(Optional.empty(), week.dayOf(LocalDate.of(2025, 3, 8)));
        assertEquals(Optional.empty(), week.dayOf(LocalDate.of(2025, 3, 2)));
        week.theme(2, " ", NOW);
        assertNull(week.days().get(1).theme());
        assertTrue(week.isPlannedBy("teacher-1"));
    }

    @Test
    void aWeekRefusesNoTitleNoFirstDayAndDayCountsOutsideOneToTen() {
        PlatformId platform = new PlatformId(UUID.randomUUID());
        assertEquals("WEEK_TITLE_MISSING", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", " ", MONDAY, 5, "t", NOW)).reason());
        assertEquals("WEEK_FIRST_DAY_MISSING", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", "Uge", null, 5, "t", NOW)).reason());
        assertEquals("WEEK_FIRST_DAY_UNLIKELY", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", "Uge", LocalDate.of(1900, 1, 1), 5, "t", NOW)).reason());
        assertEquals("WEEK_DAY_COUNT", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", "Uge", MONDAY, 0, "t", NOW)).reason());
        assertEquals("WEEK_DAY_COUNT", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", "Uge", MONDAY, 11, "t", NOW)).reason());
        assertEquals("WEEK_TITLE_TOO_LONG", assertThrows(WeekRefused.class, () -> new JobSearchWeek(UUID.randomUUID(),
                platform, "c", "x".repeat(10_000), MONDAY, 5, "t", NOW)).reason());
    }

    @Test
    void movingTheWeekSaysByHowManyDaysAndDueDatesFollow() {
        JobSearchWeek week = week();
        WeekTask task = new WeekTask(week, "Opret dig på lærepladsen.dk", "https://www.laerepladsen.dk",
                LocalDate.of(2025, 3, 4), 0);
        long shift = week.startOn(LocalDate.of(2025, 3, 10), NOW);
        assertEquals(7, shift);
        task.shiftDue(shift);
        assertEquals(LocalDate.of(2025, 3, 11), task.getDueOn());
        assertEquals(Optional.of(2), week.dayOf(task.getDueOn()), "the same day of the week");
        assertEquals(-7, week.startOn(MONDAY, NOW));
    }

    @Test
    void aShorterWeekKeepsTheDaysInUse() {
        JobSearchWeek week = week();
        week.theme(5, "Ring og følg op", NOW);
        assertEquals("WEEK_DAY_IN_USE", assertThrows(WeekRefused.class, () -> week.resize(3, 4, NOW)).reason());
        week.resize(4, 4, NOW);
        assertEquals(4, week.getDayCount());
        assertTrue(week.getThemes().isEmpty(), "the theme of the day that went is gone");
    }

    @Test
    void aSessionEndsAfterItStartsOnADayOfTheWeekAndMoves() {
        JobSearchWeek week = week();
        WeekSession session = new WeekSession(week, 1, LocalTime.of(8, 15), LocalTime.of(9, 0), details("Velkommen"));
        assertEquals("SESSION_ENDS_BEFORE_START", assertThrows(WeekRefused.class,
                () -> new WeekSession(week, 1, LocalTime.of(10, 0), LocalTime.of(9, 0), details("x"))).reason());
        assertEquals("SESSION_ENDS_BEFORE_START", assertThrows(WeekRefused.class,
                () -> new WeekSession(week, 1, LocalTime.of(10, 0), LocalTime.of(10, 0), details("x"))).reason());
        assertEquals("DAY_OUTSIDE_WEEK", assertThrows(WeekRefused.class,
                () -> new WeekSession(week, 6, LocalTime.of(8, 0), LocalTime.of(9, 0), details("x"))).reason());
        assertEquals("DAY_OUTSIDE_WEEK", assertThrows(WeekRefused.class,
                () -> session.moveTo(week, 0, LocalTime.of(8, 0), LocalTime.of(9, 0))).reason());
        assertEquals("SESSION_TIME_MISSING", assertThrows(WeekRefused.class,
                () -> session.moveTo(week, 2, null, LocalTime.of(9, 0))).reason());
        session.moveTo(week, 3, LocalTime.of(12, 30), LocalTime.of(14, 0));
        assertEquals(3, session.getDay());
        assertEquals(LocalTime.of(12, 30), session.getStart());
        assertEquals(LocalTime.of(14, 0), session.getEnd());
        assertEquals("Velkommen", session.getTitle(), "a move keeps what the session says");
        JobSearchWeek other = week();
        assertThrows(IllegalArgumentException.class, () -> session.moveTo(other, 1, LocalTime.of(8, 0), LocalTime.of(9, 0)));
    }

    @Test
    void aSessionLinkIsAWebPageAndItsTextsAreCapped() {
        assertEquals("https://meet.example.dk/uge", new SessionDetails("Online", null, " https://meet.example.dk/uge ",
                null, null).onlineLink());
        assertEquals("http://skole.example.dk", new SessionDetails("Online", null, "http://skole.example.dk", null, null)
                .onlineLink());
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "/week/plan.xhtml",
                "ftp://example.dk", "https://", "https://user:pw@example.dk", "http://exa mple.dk"}) {
            assertEquals("SESSION_LINK_NOT_WEB", assertThrows(WeekRefused.class,
                    () -> new SessionDetails("Online", null, bad, null, null), bad).reason(), bad);
        }
        assertEquals("SESSION_LINK_TOO_LONG", assertThrows(WeekRefused.class,
                () -> new SessionDetails("Online", null, "https://example.dk/" + "a".repeat(2000), null, null)).reason());
        assertEquals("SESSION_PLACE_TOO_LONG", assertThrows(WeekRefused.class,
                () -> new SessionDetails("T", "x".repeat(10_000), null, null, null)).reason());
        assertEquals("SESSION_BRING_TOO_LONG", assertThrows(WeekRefused.class,
                () -> new SessionDetails("T", null, null, null, "x".repeat(10_000))).reason());
        assertEquals("SESSION_TITLE_MISSING", assertThrows(WeekRefused.class,
                () -> new SessionDetails("\t ", null, null, null, null)).reason());
        assertEquals("CV\nog ansøgning", new SessionDetails("T", null, null, null, " CV\r\nog ansøgning\u0007 ").bring());
        assertEquals("Lokale 12 A", new SessionDetails("T", "Lokale\t12\nA", null, null, null).place());
    }

    @Test
    void activitiesAreDueInTheWeekAndTaskLinksAreHttps() {
        JobSearchWeek week = week();
        assertEquals("DUE_OUTSIDE_WEEK", assertThrows(WeekRefused.class,
                () -> new WeekTask(week, "Ring", null, LocalDate.of(2025, 3, 8), 0)).reason());
        assertEquals("DUE_MISSING", assertThrows(WeekRefused.class, () -> new WeekTask(week, "Ring", null, null, 0)).reason());
        assertEquals("TASK_LINK_NOT_HTTPS", assertThrows(WeekRefused.class,
                () -> new WeekTask(week, "Ring", "http://www.laerepladsen.dk", MONDAY, 0)).reason());
        assertEquals("TASK_LINK_NOT_HTTPS", assertThrows(WeekRefused.class,
                () -> new WeekTask(week, "Ring", "javascript:alert(1)", MONDAY, 0)).reason());
        WeekTask task = new WeekTask(week, "Ring til tre virksomheder", null, MONDAY, 0);
        assertTrue(task.isTask());
        assertNull(task.getLink());
        UUID part = UUID.randomUUID();
        WeekPart module = new WeekPart(week, part, new ActivityRef("teaching-module", "networking"), "Brug dit netværk",
                LocalDate.of(2025, 3, 7), 1);
        assertEquals(part, module.getPartId());
        assertEquals("teaching-module:networking", module.getActivity().toString());
        assertEquals("ACTIVITY_TITLE_TOO_LONG", assertThrows(WeekRefused.class, () -> new WeekPart(week, part,
                new ActivityRef("teaching-module", "networking"), "x".repeat(201), MONDAY, 2)).reason());
        JobSearchWeek other = week();
        assertThrows(IllegalArgumentException.class, () -> task.dueOn(other, MONDAY));
    }
}
