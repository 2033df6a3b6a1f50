package dk.laerepladsklar.roleplay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a practice keeps: the latest walk's path, when it finished, and how often. */
class PracticeTest {

    private final Instant t0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aFinishedWalkIsCountedAndANewTryForgetsTheOldPath() {
        Practice practice = new Practice(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "student-1", "Ali", false, t0);
        practice.take(new Choice("hello", "full", null), false, t0.plusSeconds(5));
        practice.take(new Choice("busy", "own", "Jeres tage er flotte."), false, t0.plusSeconds(20));
        assertFalse(practice.isWalkFinished());
        assertFalse(practice.hasPractised());
        practice.take(new Choice("learn", "visit", null), true, t0.plusSeconds(30));
        assertTrue(practice.isWalkFinished());
        assertEquals(1, practice.getTimesFinished());
        assertEquals(t0.plusSeconds(30), practice.getFirstFinishedAt());
        assertEquals(List.of("hello", "busy", "learn"), practice.path().stream().map(Choice::nodeId).toList());
        assertEquals("Jeres tage er flotte.", practice.path().get(1).typedText());
        assertThrows(IllegalStateException.class, () -> practice.take(new Choice("learn", "visit", null), true, t0.plusSeconds(31)),
                "a finished walk takes no more steps");

        practice.restart(t0.plusSeconds(60));
        assertTrue(practice.path().isEmpty());
        assertFalse(practice.isWalkFinished());
        assertTrue(practice.hasPractised(), "having practised once stays");
        practice.take(new Choice("hello", "full", null), false, t0.plusSeconds(70));
        practice.take(new Choice("busy", "reason", null), false, t0.plusSeconds(80));
        practice.take(new Choice("learn", "callback", null), true, t0.plusSeconds(90));
        assertEquals(2, practice.getTimesFinished());
        assertEquals(t0.plusSeconds(30), practice.getFirstFinishedAt(), "the first time stays the first");
        assertNull(practice.path().get(1).typedText());
    }

    @Test
    void aPracticeBelongsToAStudent() {
        assertThrows(IllegalArgumentException.class, () -> new Practice(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), " ", null, false, t0));
    }
}
