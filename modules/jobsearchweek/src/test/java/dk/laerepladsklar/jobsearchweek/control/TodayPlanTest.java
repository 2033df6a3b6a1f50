package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.jobsearchweek.control.TodayPlan.Phase;
import dk.laerepladsklar.jobsearchweek.control.TodayPlan.When;
import dk.laerepladsklar.jobsearchweek.control.WeekScore.Item;
import dk.laerepladsklar.kernel.activity.ProgressState;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the "I dag" page puts first: overdue, then by due date, the teacher's order on ties; and where today falls. */
class TodayPlanTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);

    private static Item task(String title, LocalDate due, boolean ticked) {
        return Item.task(UUID.randomUUID(), title, due, ticked);
    }

    private static Item part(String title, LocalDate due, ProgressState state) {
        return Item.part(UUID.randomUUID(), title, due, state, null, 100);
    }

    @Test
    void overdueComesFirstThenByDueDateTiesInTheTeachersOrder() {
        LocalDate wednesday = MONDAY.plusDays(2);
        List<Item> items = List.of(
                part("Karriereplan", FRIDAY, null),
                task("lærepladsen.dk", MONDAY, true),
                part("Netværk", MONDAY.plusDays(1), ProgressState.IN_PROGRESS),
                part("CV", wednesday, null),
                part("Ansøgning", wednesday, ProgressState.AWAITING_REVIEW),
                task("Ring", wednesday, false));
        List<String> order = TodayPlan.toDo(items).stream().map(Item::title).toList();
        assertEquals(List.of("Netværk", "CV", "Ring", "Karriereplan"), order,
                "done and handed-in are left out; ties keep the teacher's order");
        assertEquals("Netværk", TodayPlan.next(items).orElseThrow().title());
        assertTrue(TodayPlan.next(List.of(task("x", MONDAY, true))).isEmpty(), "nothing left: nothing next");
    }

    @Test
    void daysArePastTodayOrComing() {
        LocalDate wednesday = MONDAY.plusDays(2);
        assertEquals(When.PAST, TodayPlan.when(MONDAY, wednesday));
        assertEquals(When.TODAY, TodayPlan.when(wednesday, wednesday));
        assertEquals(When.COMING, TodayPlan.when(FRIDAY, wednesday));
    }

    @Test
    void todayIsBeforeDuringOrAfterTheWeek() {
        assertEquals(Phase.BEFORE, TodayPlan.phase(MONDAY, FRIDAY, MONDAY.minusDays(1)));
        assertEquals(Phase.DURING, TodayPlan.phase(MONDAY, FRIDAY, MONDAY));
        assertEquals(Phase.DURING, TodayPlan.phase(MONDAY, FRIDAY, FRIDAY));
        assertEquals(Phase.AFTER, TodayPlan.phase(MONDAY, FRIDAY, FRIDAY.plusDays(1)));
    }
}
