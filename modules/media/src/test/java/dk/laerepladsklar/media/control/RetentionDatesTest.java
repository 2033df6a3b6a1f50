package dk.laerepladsklar.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionDatesTest {

    private static final Instant ASSESSED = Instant.parse("2026-09-01T10:00:00Z");

    @Test
    void anAssessedFileIsDueTheSchoolsDaysAfterTheAssessment() {
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), RetentionDates.due(ASSESSED, 90));
        assertEquals(Instant.parse("2026-09-08T10:00:00Z"), RetentionDates.due(ASSESSED, 7));
    }

    @Test
    void aLongerSettingMovesTheDateLaterAtOnce() {
        Instant changed = Instant.parse("2026-10-01T12:00:00Z");
        assertEquals(RetentionDates.due(ASSESSED, 180),
                RetentionDates.rescheduled(ASSESSED, RetentionDates.due(ASSESSED, 90), 180, changed));
        // even one that was due and not yet deleted
        Instant overdue = Instant.parse("2026-12-01T00:00:00Z");
        assertEquals(RetentionDates.due(ASSESSED, 120), RetentionDates.rescheduled(ASSESSED, RetentionDates.due(ASSESSED, 90), 120, overdue));
    }

    @Test
    void aShorterSettingMovesTheDateEarlierButNeverBeforeADayAfterTheChange() {
        Instant changed = Instant.parse("2026-10-01T12:00:00Z");
        Instant was = RetentionDates.due(ASSESSED, 90);
        // 14 days after the assessment is already past: the earliest is a day after the change
        assertEquals(changed.plus(Duration.ofDays(1)), RetentionDates.rescheduled(ASSESSED, was, 14, changed));
        // 60 days is still ahead: exactly that
        assertEquals(RetentionDates.due(ASSESSED, 60), RetentionDates.rescheduled(ASSESSED, was, 60, changed));
    }

    @Test
    void aShorterSettingNeverMakesADateLaterThanItWas() {
        Instant changed = Instant.parse("2026-11-30T09:00:00Z");
        Instant dueInAnHour = RetentionDates.due(ASSESSED, 90);
        assertEquals(dueInAnHour, RetentionDates.rescheduled(ASSESSED, dueInAnHour, 7, changed));
    }
}
