package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who must come to the café: students without an apprenticeship; the placement status first, then the tick. */
class MustAttendTest {

    @Test
    void withoutAnythingKnownTheStudentMustCome() {
        MustAttend.Verdict v = MustAttend.of(Optional.empty(), false);
        assertTrue(v.mustAttend());
        assertEquals(MustAttend.Source.NOTHING_KNOWN, v.source());
    }

    @Test
    void theTeachersTickMakesTheStudentWelcome() {
        MustAttend.Verdict v = MustAttend.of(Optional.empty(), true);
        assertFalse(v.mustAttend());
        assertTrue(v.hasApprenticeship());
        assertEquals(MustAttend.Source.TEACHER_TICK, v.source());
    }

    @Test
    void thePlacementStatusDecidesOverTheTick() {
        assertTrue(MustAttend.of(Optional.of(false), true).mustAttend(), "still looking, whatever the old tick says");
        assertFalse(MustAttend.of(Optional.of(true), false).mustAttend(), "has one, though nobody ticked");
        assertEquals(MustAttend.Source.PLACEMENT_STATUS, MustAttend.of(Optional.of(true), false).source());
    }
}
