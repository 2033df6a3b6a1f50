package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.jobsearchweek.control.WeekFollowUp.Reason;
import dk.laerepladsklar.jobsearchweek.control.WeekFollowUp.Standing;
import dk.laerepladsklar.jobsearchweek.entity.AttendanceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The week's progress: done, due, overdue (the day after the due date), and who needs a follow-up. */
class WeekFollowUpTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-12-09");

    @Test
    void overdueIsNotDoneAfterTheDueDateNotOnIt() {
        assertEquals(Standing.DUE, WeekFollowUp.standing(false, WEDNESDAY, WEDNESDAY), "due today is not late yet");
        assertEquals(Standing.OVERDUE, WeekFollowUp.standing(false, WEDNESDAY.minusDays(1), WEDNESDAY));
        assertEquals(Standing.DUE, WeekFollowUp.standing(false, WEDNESDAY.plusDays(2), WEDNESDAY));
        assertEquals(Standing.DONE, WeekFollowUp.standing(true, WEDNESDAY.minusDays(3), WEDNESDAY), "done late is done");
    }

    @Test
    void aStudentWithSomethingOverdueOrAnAbsenceNeedsAFollowUpAnExcuseDoesNot() {
        UUID cv = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        UUID monday = UUID.randomUUID();
        UUID tuesday = UUID.randomUUID();
        List<WeekFollowUp.Item> items = List.of(new WeekFollowUp.Item(cv, "CV", WEDNESDAY.minusDays(1)),
                new WeekFollowUp.Item(call, "Første opkald", WEDNESDAY.plusDays(2)));
        List<WeekFollowUp.Row> rows = WeekFollowUp.rows(items, List.of(monday, tuesday), List.of(
                new WeekFollowUp.Student("sara", "Sara", Set.of(cv), Map.of(monday, AttendanceStatus.PRESENT,
                        tuesday, AttendanceStatus.EXCUSED)),
                new WeekFollowUp.Student("omar", "Omar", Set.of(), Map.of(monday, AttendanceStatus.LATE)),
                new WeekFollowUp.Student("ida", "Ida", Set.of(cv, call), Map.of(tuesday, AttendanceStatus.ABSENT))),
                WEDNESDAY);
        WeekFollowUp.Row sara = rows.get(0);
        assertEquals(List.of(Standing.DONE, Standing.DUE), sara.standings());
        assertEquals(AttendanceStatus.EXCUSED, sara.attendance().get(1));
        assertFalse(sara.needsFollowUp(), "an excused absence and a task not yet due need nothing");
        WeekFollowUp.Row omar = rows.get(1);
        assertEquals(List.of(Standing.OVERDUE, Standing.DUE), omar.standings());
        assertEquals(Set.of(Reason.OVERDUE), omar.reasons());
        assertEquals(null, omar.attendance().get(1), "not recorded");
        WeekFollowUp.Row ida = rows.get(2);
        assertEquals(2, ida.count(Standing.DONE));
        assertEquals(Set.of(Reason.ABSENT), ida.reasons());
        assertTrue(ida.needsFollowUp());
    }
}
