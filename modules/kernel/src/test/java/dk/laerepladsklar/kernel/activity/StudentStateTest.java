package dk.laerepladsklar.kernel.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one set of words for "not opened / opened / started / done", and how an activity's report maps to it. */
class StudentStateTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void nothingReportedMeansNotOpenedAndAReportOfNothingDoneMeansOpened() {
        assertEquals(StudentState.NOT_OPENED, StudentState.of(null));
        assertEquals(StudentState.OPENED, StudentState.of(ProgressState.NOT_STARTED));
        assertEquals(StudentState.STARTED, StudentState.of(ProgressState.IN_PROGRESS));
        assertEquals(StudentState.AWAITING_REVIEW, StudentState.of(ProgressState.AWAITING_REVIEW));
        assertEquals(StudentState.DONE, StudentState.of(ProgressState.COMPLETED));
        assertFalse(StudentState.NOT_OPENED.isOpened());
        assertTrue(StudentState.OPENED.isOpened());
        assertTrue(StudentState.DONE.isDone());
        assertFalse(StudentState.STARTED.isDone());
    }

    @Test
    void everyStateHasItsOwnPlainWordsInDanishAndEnglish() {
        assertEquals("Ikke åbnet endnu", StudentState.NOT_OPENED.label(DANISH));
        assertEquals("Åbnet, ikke begyndt", StudentState.OPENED.label(DANISH));
        assertEquals("I gang", StudentState.STARTED.label(DANISH));
        assertEquals("Færdig", StudentState.DONE.label(DANISH));
        assertEquals("Opened, not started", StudentState.OPENED.label(Locale.ENGLISH));
        assertEquals("Not opened yet", StudentState.NOT_OPENED.label(Locale.ENGLISH));
        for (Locale locale : new Locale[] {DANISH, Locale.ENGLISH}) {
            Set<String> words = Arrays.stream(StudentState.values()).map(s -> s.label(locale)).collect(Collectors.toSet());
            assertEquals(StudentState.values().length, words.size(), "no two states read the same in " + locale + ": " + words);
        }
    }

    @Test
    void anOpeningIsReportedAsOpenedWithNoScore() {
        ActivityOpened opened = new ActivityOpened(UUID.randomUUID(), "student-ali", 100, Instant.now());

        ProgressRecorded progress = opened.asProgress();

        assertEquals(StudentState.OPENED, StudentState.of(progress.state()));
        assertEquals(0, progress.fractionDone());
        assertEquals(null, progress.score());
        assertThrows(IllegalArgumentException.class, () -> new ActivityOpened(UUID.randomUUID(), " ", 100, Instant.now()));
    }

    @Test
    void aStandingCountsPartsAndRefusesImpossibleCounts() {
        assertEquals(38, new ActivityStanding(StudentState.STARTED, 3, 8, "Sådan beder du om hjælp").percentDone());
        assertEquals(100, new ActivityStanding(StudentState.DONE, 8, 8, null).percentDone());
        assertEquals(0, new ActivityStanding(StudentState.NOT_OPENED, 0, 8, "Du har et netværk").percentDone());
        assertThrows(IllegalArgumentException.class, () -> new ActivityStanding(StudentState.STARTED, 9, 8, null));
        assertThrows(IllegalArgumentException.class, () -> new ActivityStanding(null, 0, 8, null));
    }
}
