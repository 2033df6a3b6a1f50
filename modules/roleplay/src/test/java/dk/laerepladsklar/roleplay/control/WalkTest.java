package dk.laerepladsklar.roleplay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Conversation;
import dk.laerepladsklar.roleplay.entity.Quality;
import dk.laerepladsklar.roleplay.entity.ScenarioPack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Walking the real "first call" conversation: the moves it allows, the ones it refuses, and the feedback at the end. */
class WalkTest {

    private static final ScenarioPack PACK = ScenarioPackReader.fromClassPath(WalkTest.class.getClassLoader()).read();
    private final Conversation call = PACK.scenario("first-call", Locale.forLanguageTag("da")).orElseThrow().conversation();
    private final Conversation office = PACK.scenario("interview-office", Locale.forLanguageTag("da")).orElseThrow().conversation();

    @Test
    void aWalkGoesFromTheStartThroughTheChosenAnswersToAnEnd() throws MoveRefused {
        List<Choice> path = new ArrayList<>();
        assertEquals("hello", Walk.current(call, path).id());
        path.add(Walk.check(call, path, "hello", "weak", null));
        assertEquals("who", Walk.current(call, path).id(), "the weak opening leads to the master asking who it is");
        path.add(Walk.check(call, path, "who", "recover", null));
        path.add(Walk.check(call, path, "busy", "own", "  Jeg kan godt lide jeres tagprojekter.  "));
        assertEquals("Jeg kan godt lide jeres tagprojekter.", path.get(2).typedText(), "typed words are trimmed");
        Choice last = Walk.check(call, path, "learn", "visit", null);
        assertTrue(Walk.ends(call, last));
        path.add(last);
        assertTrue(Walk.current(call, path).isEnd());
        assertEquals("end-good", Walk.current(call, path).id());

        List<Walk.Turn> turns = Walk.turns(call, path);
        assertEquals(4, turns.size());
        assertEquals(Quality.WEAK, turns.get(0).quality());
        assertTrue(turns.get(0).feedback().startsWith("Et uklart spørgsmål"), turns.get(0).feedback());
        assertTrue(turns.get(2).isOwn());
        assertNull(turns.get(2).quality(), "nothing judges the student's own words");
        assertEquals("Jeg kan godt lide jeres tagprojekter.", turns.get(2).answered());
        assertEquals(Quality.STRONG, turns.get(3).quality());
        assertEquals("Kom forbi værkstedet på torsdag klokken 15. Så snakker vi.", turns.get(3).reaction());
    }

    @Test
    void anAnswerTheNodeDoesNotOfferIsRefused() {
        assertRefused(MoveRefused.Reason.ANSWER_NOT_OFFERED, () -> Walk.check(call, List.of(), "hello", "visit", null));
        assertRefused(MoveRefused.Reason.ANSWER_NOT_OFFERED, () -> Walk.check(call, List.of(), "hello", null, null));
        assertRefused(MoveRefused.Reason.OWN_ANSWER_NOT_ALLOWED, () -> Walk.check(call, List.of(), "hello", "own", "Hej"));
    }

    @Test
    void aNodeOfAnotherScenarioIsRefused() {
        assertTrue(office.node("tasks").isPresent());
        assertRefused(MoveRefused.Reason.UNKNOWN_NODE, () -> Walk.check(call, List.of(), "tasks", "list", null));
        assertRefused(MoveRefused.Reason.UNKNOWN_NODE, () -> Walk.check(call, List.of(), null, "full", null));
    }

    @Test
    void aMoveFromAnOldPageIsToldApartFromAMadeUpOne() throws MoveRefused {
        List<Choice> path = new ArrayList<>(List.of(Walk.check(call, List.of(), "hello", "full", null)));
        MoveRefused again = assertThrows(MoveRefused.class, () -> Walk.check(call, path, "hello", "half", null));
        assertEquals(MoveRefused.Reason.NOT_THE_CURRENT_NODE, again.reason());
        assertTrue(again.isStale());
        path.add(Walk.check(call, path, "busy", "reason", null));
        path.add(Walk.check(call, path, "learn", "nothing", null));
        MoveRefused finished = assertThrows(MoveRefused.class, () -> Walk.check(call, path, "learn", "visit", null));
        assertEquals(MoveRefused.Reason.WALK_FINISHED, finished.reason());
        assertFalse(new MoveRefused(MoveRefused.Reason.UNKNOWN_NODE).isStale());
    }

    @Test
    void anOwnAnswerNeedsWordsAndNotTooMany() {
        List<Choice> atBusy = List.of(new Choice("hello", "full", null));
        assertRefused(MoveRefused.Reason.OWN_ANSWER_EMPTY_OR_TOO_LONG, () -> Walk.check(call, atBusy, "busy", "own", "   "));
        assertRefused(MoveRefused.Reason.OWN_ANSWER_EMPTY_OR_TOO_LONG, () -> Walk.check(call, atBusy, "busy", "own", "x".repeat(501)));
    }

    @Test
    void typedWordsGoOnlyWithAnOwnAnswer() throws MoveRefused {
        Choice picked = Walk.check(call, List.of(), "hello", "full", "sneaked in");
        assertNull(picked.typedText(), "a picked answer keeps no typed text");
        assertThrows(IllegalArgumentException.class, () -> new Choice("hello", "full", "text"));
    }

    private static void assertRefused(MoveRefused.Reason reason, org.junit.jupiter.api.function.Executable move) {
        assertEquals(reason, assertThrows(MoveRefused.class, move).reason());
    }
}
