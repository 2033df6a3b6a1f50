package dk.laerepladsklar.careerplan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

class CareerPlanTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T08:00:00Z");
    private final StudentRef student = new StudentRef(new PlatformId(UUID.randomUUID()), "student-1");

    private CareerPlan plan() {
        return new CareerPlan(student, "Sara Jensen", MONDAY);
    }

    @Test
    void aNewPlanIsNotStartedAndTheFirstWordsMakeItADraft() {
        CareerPlan plan = plan();
        assertEquals(PlanState.NOT_STARTED, plan.getState());
        assertFalse(plan.hasContent());
        plan.write(PlanSection.STRENGTHS, "  Jeg er god til at måle præcist.\r\nEksempel: mit skab passede.  ", MONDAY);
        assertEquals(PlanState.DRAFT, plan.getState());
        assertEquals("Jeg er god til at måle præcist.\nEksempel: mit skab passede.",
                plan.answer(PlanSection.STRENGTHS).orElseThrow().getText());
    }

    @Test
    void sendingKeepsAVersionAndTheSamePlanCannotBeSentTwice() {
        CareerPlan plan = plan();
        refused("PLAN_EMPTY", () -> plan.send(MONDAY));
        plan.write(PlanSection.GOALS_SOON, "Sende otte ansøgninger", MONDAY);
        PlanVersion first = plan.send(MONDAY);
        assertEquals(1, first.getNumber());
        assertEquals(PlanState.SENT, plan.getState());
        assertEquals("Sende otte ansøgninger", first.snapshot().text(PlanSection.GOALS_SOON));
        refused("PLAN_UNCHANGED", () -> plan.send(MONDAY));

        plan.write(PlanSection.GOALS_SOON, "Sende ti ansøgninger", MONDAY);
        assertTrue(plan.hasUnsentChanges());
        assertEquals(PlanState.SENT, plan.getState(), "the verdict is on the sent version; the new words wait");
        PlanVersion second = plan.send(MONDAY);
        assertEquals(2, second.getNumber());
        assertEquals("Sende otte ansøgninger", first.snapshot().text(PlanSection.GOALS_SOON), "a version never changes");
    }

    @Test
    void aVerdictIsOnlyOnTheLatestSentVersion() {
        CareerPlan plan = plan();
        plan.write(PlanSection.WISHES, "Tømrer i et mindre firma", MONDAY);
        PlanVersion v1 = plan.send(MONDAY);
        plan.askForChanges(v1, "teacher-1", MONDAY);
        assertEquals(PlanState.NEEDS_CHANGES, plan.getState());
        assertEquals(PlanVersion.Verdict.CHANGES_ASKED, v1.getVerdict());
        refused("PLAN_NOT_SENT", () -> plan.approve(v1, "teacher-1", MONDAY));

        plan.write(PlanSection.WISHES, "Tømrer i et mindre firma i Aarhus", MONDAY);
        PlanVersion v2 = plan.send(MONDAY);
        refused("PLAN_NOT_SENT", () -> plan.approve(v1, "teacher-1", MONDAY));
        plan.approve(v2, "teacher-1", MONDAY);
        assertEquals(PlanState.APPROVED, plan.getState());
        assertEquals("teacher-1", v2.getVerdictBy());
    }

    @Test
    void nextStepsWhoseDateHasPassedAreOverdueUntilDone() {
        CareerPlan plan = plan();
        String call = plan.addStep("Ring til tre mestre", LocalDate.of(2026, 12, 4), MONDAY);
        plan.addStep("Opret profil på lærepladsen.dk", LocalDate.of(2026, 12, 11), MONDAY);
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(List.of("Ring til tre mestre"), plan.overdueSteps(today).stream().map(NextStep::getText).toList());
        plan.completeStep(call, MONDAY);
        assertTrue(plan.overdueSteps(today).isEmpty());
        plan.reopenStep(call, MONDAY);
        assertEquals(1, plan.overdueSteps(today).size());
    }

    @Test
    void badStepsAndTextsAreRefusedWithAReasonAndNothingChanges() {
        CareerPlan plan = plan();
        refused("PLAN_STEP_TEXT_MISSING", () -> plan.addStep("  ", LocalDate.of(2026, 12, 8), MONDAY));
        refused("PLAN_STEP_DATE_MISSING", () -> plan.addStep("Ring", null, MONDAY));
        refused("PLAN_STEP_DATE_OUT_OF_RANGE", () -> plan.addStep("Ring", LocalDate.of(9999, 1, 1), MONDAY));
        refused("PLAN_STEP_TEXT_TOO_LONG", () -> plan.addStep("x".repeat(301), LocalDate.of(2026, 12, 8), MONDAY));
        refused("PLAN_TEXT_TOO_LONG", () -> plan.write(PlanSection.IMPROVE, "x".repeat(4001), MONDAY));
        refused("PLAN_UNKNOWN_STEP", () -> plan.completeStep("no-such-step", MONDAY));
        refused("PLAN_FIELD_TOO_LONG", () -> plan.seek("Tømrer\nog mere", "", MONDAY));
        assertEquals(PlanState.NOT_STARTED, plan.getState());
        assertFalse(plan.hasContent());
        for (int i = 0; i < CareerPlan.MAX_STEPS; i++) {
            plan.addStep("Trin " + i, LocalDate.of(2026, 12, 8), MONDAY);
        }
        refused("PLAN_TOO_MANY_STEPS", () -> plan.addStep("Et for meget", LocalDate.of(2026, 12, 8), MONDAY));
    }

    @Test
    void controlCharactersAreDroppedButLineBreaksKept() {
        CareerPlan plan = plan();
        plan.write(PlanSection.IMPROVE, "Ringe\u0000 til\u0007 mestre\nog tale højt", MONDAY);
        assertEquals("Ringe til mestre\nog tale højt", plan.answer(PlanSection.IMPROVE).orElseThrow().getText());
    }

    @Test
    void aVoiceAnswerCountsAndReplacingItHandsBackTheOldRecording() {
        CareerPlan plan = plan();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertEquals(Optional.empty(), plan.attachVoice(PlanSection.STRENGTHS, first, MONDAY));
        assertTrue(plan.hasContent());
        assertEquals(Optional.of(first), plan.attachVoice(PlanSection.STRENGTHS, second, MONDAY));
        assertEquals(second, plan.snapshot().part(PlanSection.STRENGTHS).orElseThrow().voiceMediaId());
        assertEquals(Optional.of(second), plan.removeVoice(PlanSection.STRENGTHS, MONDAY));
        assertFalse(plan.hasContent());
    }

    @Test
    void supportNeedsAreLeftOutOfTheSnapshotOthersRead() {
        CareerPlan plan = plan();
        plan.write(PlanSection.SUPPORT, "Jeg er ordblind og bruger oplæsning", MONDAY);
        plan.write(PlanSection.STRENGTHS, "Præcis", MONDAY);
        PlanSnapshot whole = plan.snapshot();
        assertEquals("Jeg er ordblind og bruger oplæsning", whole.text(PlanSection.SUPPORT));
        assertEquals("", whole.withoutSensitive().text(PlanSection.SUPPORT));
        assertEquals("Præcis", whole.withoutSensitive().text(PlanSection.STRENGTHS));
        assertFalse(plan.isSupportShared(), "support needs are not shared until the student says so");
    }

    @Test
    void aSnapshotSurvivesItsJsonWithDanishLettersStepsAndVoice() {
        CareerPlan plan = plan();
        UUID voice = UUID.randomUUID();
        plan.write(PlanSection.GOALS_LATER, "Blive svend — og måske værkfører. \"Æ, ø, å\"", MONDAY);
        plan.attachVoice(PlanSection.STRENGTHS, voice, MONDAY);
        plan.seek("Tømrer", "Aarhus", MONDAY);
        String step = plan.addStep("Besøg værkstedet", LocalDate.of(2026, 12, 9), MONDAY);
        plan.completeStep(step, MONDAY);
        PlanSnapshot snapshot = plan.snapshot();
        PlanSnapshot back = PlanSnapshot.fromJson(snapshot.toJson());
        assertEquals(snapshot, back);
        assertEquals("Tømrer", back.trade());
        assertTrue(back.steps().get(0).done());
    }

    @Test
    void aCommentNeedsASentVersionAndWordsWithinTheLimit() {
        CareerPlan plan = plan();
        plan.write(PlanSection.STRENGTHS, "Præcis", MONDAY);
        refused("PLAN_NOT_SENT", () -> new PlanComment(plan, 1, PlanSection.STRENGTHS, "t", "Lærer", CommentAuthor.TEACHER,
                "Godt", MONDAY));
        plan.send(MONDAY);
        refused("PLAN_COMMENT_MISSING", () -> new PlanComment(plan, 1, null, "t", "Lærer", CommentAuthor.TEACHER, " ",
                MONDAY));
        refused("PLAN_COMMENT_TOO_LONG", () -> new PlanComment(plan, 1, null, "t", "Lærer", CommentAuthor.TEACHER,
                "x".repeat(2001), MONDAY));
        PlanComment comment = new PlanComment(plan, 1, PlanSection.STRENGTHS, "t", "Lærer", CommentAuthor.TEACHER,
                "Giv et eksempel fra værkstedet", MONDAY);
        assertEquals(PlanSection.STRENGTHS, comment.getSection());
    }

    private static void refused(String reason, Executable action) {
        PlanRefused refused = assertThrows(PlanRefused.class, action);
        assertEquals(reason, refused.reason());
    }
}
