package dk.laerepladsklar.roleplay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.roleplay.control.ScenarioPackReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The recorded attempt's rules on the real "first call" scenario: prompts intro, why, next; criteria of 0/2/4 points. */
class AttemptTest {

    private static final ScenarioPack PACK = ScenarioPackReader.fromClassPath(AttemptTest.class.getClassLoader()).read();
    private static final Scenario CALL = PACK.scenario("first-call", Locale.forLanguageTag("da")).orElseThrow();
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private final Attempt attempt = new Attempt(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "s1", "Sara", 1,
            false, CALL.rubric().maxPoints(), T);

    @Test
    void noRecordingBeforeConsentButTypedAnswersNeedNone() throws AttemptRefused {
        UUID film = UUID.randomUUID();
        refused(AttemptRefused.Reason.CONSENT_MISSING,
                () -> attempt.answerWithRecording(CALL, "intro", film, AnswerMode.VIDEO, T));
        attempt.answerWithText(CALL, "intro", "  Hej, jeg hedder Sara.  ", T);
        assertEquals("Hej, jeg hedder Sara.", attempt.answer("intro").orElseThrow().getText());

        attempt.consent("Din lærer og din mentor ser den. Den slettes 90 dage efter.", "teacher,mentor", 90, T);
        assertTrue(attempt.hasConsent());
        assertEquals(90, attempt.getConsentRetentionDays());
        Optional<UUID> replaced = attempt.answerWithRecording(CALL, "intro", film, AnswerMode.VIDEO, T);
        assertTrue(replaced.isEmpty(), "the typed answer had no recording");
        assertEquals(AnswerMode.VIDEO, attempt.answer("intro").orElseThrow().getMode());
        assertEquals(1, attempt.getAnswers().size(), "one answer per prompt");
    }

    @Test
    void aRetakeReplacesTheRecordingAndNamesTheOldOneForDeletion() throws AttemptRefused {
        consent();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        attempt.answerWithRecording(CALL, "why", first, AnswerMode.AUDIO, T);
        assertEquals(Optional.of(first), attempt.answerWithRecording(CALL, "why", second, AnswerMode.VIDEO, T));
        assertEquals(List.of(second), attempt.recordings());
    }

    @Test
    void badAnswersAreRefused() throws AttemptRefused {
        consent();
        refused(AttemptRefused.Reason.UNKNOWN_PROMPT, () -> attempt.answerWithText(CALL, "nope", "x", T));
        refused(AttemptRefused.Reason.UNKNOWN_PROMPT, () -> attempt.answerWithText(CALL, null, "x", T));
        refused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG, () -> attempt.answerWithText(CALL, "intro", "  ", T));
        refused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG,
                () -> attempt.answerWithText(CALL, "intro", "a".repeat(Attempt.MAX_TEXT + 1), T));
        refused(AttemptRefused.Reason.MEDIA_NOT_THEIRS,
                () -> attempt.answerWithRecording(CALL, "intro", UUID.randomUUID(), AnswerMode.TEXT, T));
        refused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG, () -> new Attempt(UUID.randomUUID(),
                new PlatformId(UUID.randomUUID()), "s", null, 1, false, 12, T).consent(" ", "teacher", 90, T));
    }

    @Test
    void sendingNeedsEveryAnswerAndAFullSelfAssessment() throws AttemptRefused {
        consent();
        attempt.answerWithText(CALL, "intro", "Hej", T);
        refused(AttemptRefused.Reason.ANSWER_MISSING, () -> attempt.send(CALL, T));
        attempt.answerWithText(CALL, "why", "Fordi", T);
        attempt.answerWithRecording(CALL, "next", UUID.randomUUID(), AnswerMode.AUDIO, T);
        refused(AttemptRefused.Reason.SELF_ASSESSMENT_MISSING, () -> attempt.send(CALL, T));
        attempt.selfAssess(CALL.rubric(), List.of(Mark.level("opening", 2)), T);
        refused(AttemptRefused.Reason.SELF_ASSESSMENT_MISSING, () -> attempt.send(CALL, T));
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL,
                () -> attempt.selfAssess(CALL.rubric(), List.of(Mark.level("opening", 3)), T));
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL,
                () -> attempt.selfAssess(CALL.rubric(), List.of(Mark.level("opening", 2), Mark.level("opening", 4)), T));
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL,
                () -> attempt.selfAssess(CALL.rubric(), List.of(Mark.level("charm", 2)), T));
        selfAssessAll();
        attempt.send(CALL, T);
        assertEquals(AttemptState.SENT, attempt.getState());
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.answerWithText(CALL, "intro", "again", T));
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.send(CALL, T));
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.release(T));
    }

    @Test
    void theScoreIsTheSumOfTheChosenLevelsAndReleaseComesAfterIt() throws AttemptRefused {
        sent();
        refused(AttemptRefused.Reason.SCORE_MISSING, () -> attempt.assess(CALL, List.of(Mark.level("opening", 4)), "t", T));
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL, () -> attempt.assess(CALL, List.of(Mark.level("opening", 5),
                Mark.level("clear", 2), Mark.level("closing", 0)), "t", T));
        refused(AttemptRefused.Reason.BAD_TIME_MARK, () -> attempt.assess(CALL, List.of(
                new Mark("opening", 4, "Godt", "next", -1), Mark.level("clear", 2), Mark.level("closing", 0)), "t", T));
        refused(AttemptRefused.Reason.BAD_TIME_MARK, () -> attempt.assess(CALL, List.of(
                new Mark("opening", 4, "Godt", "intro", 3), Mark.level("clear", 2), Mark.level("closing", 0)), "t", T));
        assertNull(attempt.getScore(), "nothing refused is kept");
        int score = attempt.assess(CALL, List.of(new Mark("opening", 4, " Klar start ", "next", 42),
                Mark.level("clear", 2), Mark.level("closing", 0)), "t", T);
        assertEquals(6, score);
        assertEquals(12, attempt.getScoreMaximum());
        assertEquals("0:42", attempt.teacherMark("opening").orElseThrow().getAtText());
        assertEquals("Klar start", attempt.teacherMark("opening").orElseThrow().getFeedback());
        assertEquals(8, attempt.assess(CALL, List.of(Mark.level("opening", 4), Mark.level("clear", 4),
                Mark.level("closing", 0)), "t", T), "scores may change until released");
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.comment("m", "Mentor", "Flot", T));
        attempt.release(T);
        assertTrue(attempt.isReleased());
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.assess(CALL, List.of(Mark.level("opening", 0),
                Mark.level("clear", 0), Mark.level("closing", 0)), "t", T));
        refused(AttemptRefused.Reason.WRONG_STATE, () -> attempt.release(T));
        refused(AttemptRefused.Reason.TEXT_EMPTY_OR_TOO_LONG, () -> attempt.comment("m", "Mentor", " ", T));
        attempt.comment("m", "Mentor", "Flot, du var rolig.", T);
        assertEquals("Flot, du var rolig.", attempt.getComments().get(0).getText());
        assertEquals(8, attempt.getScore());
    }

    @Test
    void aPlacementsOwnRubricScoresAndSetsTheMaximum() throws Exception {
        // the teacher keeps two criteria and gives "opening" 0/5/10: 14 points in all
        Rubric own = new Rubric(List.of(
                new Criterion("opening", "Du siger, hvem du er", List.of(new Level(0, "Ikke endnu", "a"),
                        new Level(5, "På vej", "b"), new Level(10, "Godt", "c"))),
                CALL.rubric().criteria().get(1)));
        Scenario placed = CALL.withRubric(own);
        consent();
        attempt.answerWithText(placed, "intro", "Hej", T);
        attempt.answerWithText(placed, "why", "Fordi", T);
        attempt.answerWithText(placed, "next", "Tak", T);
        // a self-assessment made with the scenario's points (2 on opening) no longer fits: it must be made again
        selfAssessAll();
        refused(AttemptRefused.Reason.SELF_ASSESSMENT_MISSING, () -> attempt.send(placed, T));
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL, () -> attempt.selfAssess(own, List.of(Mark.level("closing", 2)), T));
        attempt.selfAssess(own, List.of(Mark.level("opening", 5), Mark.level("clear", 4)), T);
        attempt.send(placed, T);
        refused(AttemptRefused.Reason.UNKNOWN_LEVEL, () -> attempt.assess(placed, List.of(Mark.level("opening", 4),
                Mark.level("clear", 4)), "t", T));
        assertEquals(14, attempt.assess(placed, List.of(Mark.level("opening", 10), Mark.level("clear", 4)), "t", T));
        assertEquals(14, attempt.getScoreMaximum(), "the maximum is the placement's rubric's, not the scenario's 12");
    }

    @Test
    void mediaReferencesRoundTripAndRejectOthers() {
        UUID id = UUID.randomUUID();
        assertEquals(Optional.of(new MediaReference(id, "intro")), MediaReference.parse(attempt.mediaReference("intro").replace(attempt.getId().toString(), id.toString())));
        assertEquals(AnswerMode.AUDIO, MediaReference.parse("roleplay:" + id + ":intro:audio").orElseThrow().mode());
        assertEquals(null, MediaReference.parse("roleplay:" + id + ":intro").orElseThrow().mode());
        assertFalse(MediaReference.parse("roleplay:" + id + ":intro:text").isPresent());
        assertFalse(MediaReference.parse("roleplay:nope:intro").isPresent());
        assertFalse(MediaReference.parse("roleplay:" + id + ":Intro!").isPresent());
        assertFalse(MediaReference.parse(null).isPresent());
        assertFalse(MediaReference.parse("career:" + id + ":intro").isPresent());
    }

    private void consent() throws AttemptRefused {
        attempt.consent("Din lærer og din mentor ser den.", "teacher,mentor", 90, T);
    }

    private void selfAssessAll() throws AttemptRefused {
        attempt.selfAssess(CALL.rubric(), List.of(Mark.level("opening", 2), Mark.level("clear", 4),
                Mark.level("closing", 2)), T);
    }

    private void sent() throws AttemptRefused {
        consent();
        attempt.answerWithText(CALL, "intro", "Hej", T);
        attempt.answerWithText(CALL, "why", "Fordi", T);
        attempt.answerWithRecording(CALL, "next", UUID.randomUUID(), AnswerMode.AUDIO, T);
        selfAssessAll();
        attempt.send(CALL, T);
    }

    private static void refused(AttemptRefused.Reason reason, Executable step) {
        AttemptRefused refused = assertThrows(AttemptRefused.class, step);
        assertEquals(reason, refused.reason());
    }
}
