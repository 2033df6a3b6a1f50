package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.control.PlanComparison.Change;
import dk.laerepladsklar.careerplan.control.VersionDiff.Kind;
import dk.laerepladsklar.careerplan.control.VersionDiff.Segment;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    @Test
    void everyPartComesInThePagesOrderWithTradeAreaAndStepsWhereThePageShowsThem() {
        List<Change> changes = PlanComparison.between(PlanSnapshot.empty(), PlanSnapshot.empty(), PlanComparisonTest::line);
        assertEquals(List.of("strengths", "improve", "wishes", "trade", "area", "goals-soon", "steps", "goals-later",
                "support"), changes.stream().map(Change::key).toList());
        assertFalse(PlanComparison.anyChange(changes));
        assertTrue(changes.stream().allMatch(Change::empty));
    }

    @Test
    void aRewrittenSectionAndANewStepAreTheChangesAndTheRestIsUnchanged() {
        PlanSnapshot before = new PlanSnapshot(Map.of(
                PlanSection.STRENGTHS, new PlanSnapshot.Part("Jeg er præcis.", null),
                PlanSection.IMPROVE, new PlanSnapshot.Part("Ringe til mestre.", null)),
                List.of(new PlanSnapshot.Step("Ring til tre mestre", FRIDAY, false)), "Tømrer", "Aarhus");
        PlanSnapshot after = new PlanSnapshot(Map.of(
                PlanSection.STRENGTHS, new PlanSnapshot.Part("Jeg er præcis og hurtig.", null),
                PlanSection.IMPROVE, new PlanSnapshot.Part("Ringe til mestre.", null)),
                List.of(new PlanSnapshot.Step("Ring til tre mestre", FRIDAY, true),
                        new PlanSnapshot.Step("Skriv en ansøgning", FRIDAY.plusDays(3), false)), "Tømrer", "Aarhus");

        List<Change> changes = PlanComparison.between(before, after, PlanComparisonTest::line);

        assertTrue(PlanComparison.anyChange(changes));
        assertEquals(List.of("strengths", "steps"), changes.stream().filter(Change::changed).map(Change::key).toList());
        Change strengths = changes.get(0);
        assertEquals(List.of(new Segment(Kind.SAME, "Jeg er "), new Segment(Kind.REMOVED, "præcis."),
                new Segment(Kind.ADDED, "præcis og hurtig."), new Segment(Kind.SAME, "")).stream()
                .filter(s -> !s.text().isEmpty()).toList(), strengths.segments());
        Change steps = changes.stream().filter(c -> c.key().equals("steps")).findFirst().orElseThrow();
        String added = steps.segments().stream().filter(s -> s.kind() == Kind.ADDED).map(Segment::text)
                .reduce("", String::concat);
        assertTrue(added.contains("Skriv en ansøgning"), added);
        assertTrue(added.contains("done"), "a step ticked off shows as changed: " + added);
    }

    @Test
    void aNewVoiceAnswerIsAChangeThoughNoWordChanged() {
        PlanSnapshot before = new PlanSnapshot(Map.of(PlanSection.WISHES, new PlanSnapshot.Part("Tømrer", null)),
                List.of(), "", "");
        PlanSnapshot after = new PlanSnapshot(Map.of(PlanSection.WISHES, new PlanSnapshot.Part("Tømrer", UUID.randomUUID())),
                List.of(), "", "");
        List<Change> changes = PlanComparison.between(before, after, PlanComparisonTest::line);
        Change wishes = changes.stream().filter(c -> c.key().equals("wishes")).findFirst().orElseThrow();
        assertTrue(wishes.voiceChanged());
        assertTrue(wishes.changed());
        assertFalse(VersionDiff.changed(wishes.segments()), "the words are the same");
    }

    private static String line(PlanSnapshot.Step step) {
        return step.text() + " " + step.due() + (step.done() ? " done" : "");
    }
}
