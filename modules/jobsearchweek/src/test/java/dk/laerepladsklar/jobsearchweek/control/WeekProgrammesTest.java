package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekPart;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A week taken out of its dates and started again later: every session and due date moves by the same days. */
class WeekProgrammesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aCopyStartingLaterShiftsSessionsAndDueDatesByTheSameNumberOfDays() {
        LocalDate first = LocalDate.of(2025, 3, 3);
        JobSearchWeek week = new JobSearchWeek(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "course-1", "Uge 10",
                first, 5, "teacher-1", NOW);
        week.theme(1, "Start", NOW);
        WeekSession late = new WeekSession(week, 3, LocalTime.of(12, 0), LocalTime.of(13, 0),
                new SessionDetails("Lærlinge fortæller", "Auditoriet", null, "Konsulent", null));
        WeekSession early = new WeekSession(week, 1, LocalTime.of(8, 15), LocalTime.of(9, 0),
                new SessionDetails("Velkommen", "Lokale 1", "https://meet.example.dk", "Kontaktlærer", "Telefon"));
        WeekActivity module = new WeekPart(week, UUID.randomUUID(), new ActivityRef("teaching-module", "networking"),
                "Brug dit netværk", LocalDate.of(2025, 3, 4), 1);
        WeekActivity task = new WeekTask(week, "Opret dig", "https://www.laerepladsen.dk", LocalDate.of(2025, 3, 7), 0);

        WeekProgramme programme = WeekProgrammes.of(week, List.of(late, early), List.of(module, task));
        assertEquals(List.of(1, 3), programme.sessions().stream().map(WeekProgramme.Session::day).toList(), "day by day");
        assertEquals(List.of("Opret dig", "Brug dit netværk"), programme.activities().stream()
                .map(WeekProgramme.Activity::title).toList(), "in the teacher's order");
        assertEquals(List.of(5, 2), programme.activities().stream().map(WeekProgramme.Activity::dueDay).toList());
        assertEquals("https://meet.example.dk", programme.sessions().get(0).details().onlineLink());

        LocalDate nextYear = LocalDate.of(2026, 3, 2);
        long shift = ChronoUnit.DAYS.between(first, nextYear);
        for (WeekActivity activity : List.of(module, task)) {
            LocalDate copied = WeekProgrammes.dueDate(nextYear, WeekProgrammes.dueDay(week, activity.getDueOn()));
            assertEquals(activity.getDueOn().plusDays(shift), copied, activity.getTitle());
        }
        assertEquals(LocalDate.of(2026, 3, 6), WeekProgrammes.dueDate(nextYear, programme.activities().get(0).dueDay()));
    }

    @Test
    void aNewWeekStartsOnTheNextMonday() {
        assertEquals(LocalDate.of(2025, 3, 3), WeekProgrammes.nextMonday(LocalDate.of(2025, 2, 27)));
        assertEquals(LocalDate.of(2025, 3, 3), WeekProgrammes.nextMonday(LocalDate.of(2025, 3, 3)));
    }
}
