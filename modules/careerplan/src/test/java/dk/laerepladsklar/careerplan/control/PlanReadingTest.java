package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.CommentAuthor;
import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanReadingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private static PlanSnapshot snapshot(String strengths, String support) {
        return new PlanSnapshot(Map.of(PlanSection.STRENGTHS, new PlanSnapshot.Part(strengths, null),
                PlanSection.SUPPORT, new PlanSnapshot.Part(support, null)), List.of(), "Tømrer", "Aarhus");
    }

    private static List<PlanComment> comments() {
        CareerPlan plan = new CareerPlan(new StudentRef(new PlatformId(UUID.randomUUID()), "student-1"), "Sara", NOW);
        plan.write(PlanSection.STRENGTHS, "Jeg er præcis.", NOW);
        plan.send(NOW);
        return List.of(
                new PlanComment(plan, 1, PlanSection.STRENGTHS, "teacher-1", "Hanne Holm", CommentAuthor.TEACHER,
                        "Giv et eksempel fra værkstedet.", NOW),
                new PlanComment(plan, 1, PlanSection.SUPPORT, "teacher-1", "Hanne Holm", CommentAuthor.TEACHER,
                        "Tal med SPS-vejlederen.", NOW),
                new PlanComment(plan, 1, null, "mentor-1", "Bente Bak", CommentAuthor.MENTOR, "Flot plan.", NOW));
    }

    @Test
    void everySectionInTheStudentsOrderWithItsOwnCommentsAndTheSupportOnlyWhenShared() {
        List<PlanReading.SectionRead> shared = PlanReading.sections(snapshot("Jeg er præcis.", "Ordblind"), null, true,
                comments());
        assertEquals(List.of(PlanSection.values()), shared.stream().map(PlanReading.SectionRead::section).toList());
        PlanReading.SectionRead strengths = shared.get(0);
        assertEquals("Jeg er præcis.", strengths.text());
        assertEquals(List.of("Giv et eksempel fra værkstedet."), strengths.comments().stream().map(PlanComment::getText).toList());
        assertTrue(strengths.isAnswered());
        assertFalse(shared.get(1).isAnswered(), "nothing written in 'improve'");
        assertEquals(List.of("Tal med SPS-vejlederen."), shared.get(5).comments().stream().map(PlanComment::getText).toList());

        List<PlanReading.SectionRead> notShared = PlanReading.sections(snapshot("Jeg er præcis.", "Ordblind"), null, false,
                comments());
        assertEquals(5, notShared.size());
        assertTrue(notShared.stream().noneMatch(s -> s.section() == PlanSection.SUPPORT), "not the section, nor its comments");
        assertEquals(List.of("Flot plan."), PlanReading.general(comments()).stream().map(PlanComment::getText).toList());
    }

    @Test
    void comparedWithTheVersionBeforeEachSectionSaysWhatWasAddedAndRemoved() {
        List<PlanReading.SectionRead> read = PlanReading.sections(snapshot("Jeg er præcis og hurtig.", "x"),
                snapshot("Jeg er præcis.", "x"), true, List.of());
        PlanReading.SectionRead strengths = read.get(0);
        assertTrue(strengths.changed());
        assertEquals(List.of(new VersionDiff.Segment(VersionDiff.Kind.SAME, "Jeg er "),
                new VersionDiff.Segment(VersionDiff.Kind.REMOVED, "præcis."),
                new VersionDiff.Segment(VersionDiff.Kind.ADDED, "præcis og hurtig.")), strengths.changes());
        assertFalse(read.get(5).changed(), "the support section is the same");
        assertTrue(PlanReading.sections(snapshot("a", "b"), null, true, List.of()).get(0).changes().isEmpty(),
                "no comparison asked: no segments");
    }

    @Test
    void aStepNotDoneWhoseDateHasPassedIsOverdue() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        List<PlanReading.StepRead> steps = PlanReading.steps(List.of(
                new PlanSnapshot.Step("Ring til tre mestre", today.minusDays(1), false),
                new PlanSnapshot.Step("Opret profil", today.minusDays(3), true),
                new PlanSnapshot.Step("Send ansøgning", today, false)), today);
        assertEquals(List.of(true, false, false), steps.stream().map(PlanReading.StepRead::overdue).toList());
        assertEquals(1, PlanReading.overdue(steps));
    }
}
