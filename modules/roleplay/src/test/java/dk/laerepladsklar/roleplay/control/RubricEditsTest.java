package dk.laerepladsklar.roleplay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.roleplay.control.RubricEdits.CriterionEdit;
import dk.laerepladsklar.roleplay.control.RubricEdits.LevelEdit;
import dk.laerepladsklar.roleplay.control.RubricRefused.Reason;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A teacher's own rubric on a placement, from the real first-call scenario's rubric (3 criteria, 0/2/4 points). */
class RubricEditsTest {

    private final Rubric scenario = ScenarioPackReader.fromClassPath(getClass().getClassLoader()).read()
            .scenario("first-call", Locale.forLanguageTag("da")).orElseThrow().rubric();

    @Test
    void wordingAndPointsChangeAndTheTotalFollows() throws Exception {
        List<CriterionEdit> edits = asIs();
        edits.set(0, new CriterionEdit("opening", "  Du siger, hvem du er  ", List.of(
                new LevelEdit("Intet navn", 0), new LevelEdit("Navn eller skole", 3), new LevelEdit("Navn, skole og ærinde", 6))));
        Rubric mine = RubricEdits.apply(scenario, scenario, edits, false);
        assertEquals(14, mine.maxPoints(), "6 + 4 + 4");
        Criterion opening = mine.criteria().get(0);
        assertEquals("Du siger, hvem du er", opening.title(), "stripped");
        assertEquals("Navn eller skole", opening.levels().get(1).description());
        assertEquals(scenario.criteria().get(0).levels().get(1).label(), opening.levels().get(1).label(),
                "the levels' labels stay the scenario's");
        assertEquals(mine, RubricJson.read(RubricJson.write(mine)), "kept as JSON and read back the same");
    }

    @Test
    void someCriteriaMayBeLeftOutButNotAll() throws Exception {
        List<CriterionEdit> two = asIs().subList(1, 3);
        Rubric mine = RubricEdits.apply(scenario, scenario, new ArrayList<>(List.of(two.get(1), two.get(0))), false);
        assertEquals(List.of("clear", "closing"), mine.criteria().stream().map(Criterion::id).toList(),
                "in the scenario's order, whatever the form's");
        assertEquals(8, mine.maxPoints());
        refused(Reason.NO_CRITERIA, () -> RubricEdits.apply(scenario, scenario, List.of(), false));
        refused(Reason.NO_CRITERIA, () -> RubricEdits.apply(scenario, scenario, null, false));
    }

    @Test
    void pointsStayWithin0To20AndGoUp() {
        refused(Reason.POINTS_OUT_OF_RANGE, () -> apply(0, List.of(-1, 2, 4)));
        refused(Reason.POINTS_OUT_OF_RANGE, () -> apply(0, List.of(0, 2, 21)));
        refused(Reason.POINTS_OUT_OF_RANGE, () -> apply(0, java.util.Arrays.asList(0, null, 4)));
        refused(Reason.POINTS_NOT_ASCENDING, () -> apply(0, List.of(0, 4, 4)));
        refused(Reason.POINTS_NOT_ASCENDING, () -> apply(0, List.of(4, 2, 0)));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> apply(0, List.of(0, 1, 20)));
    }

    @Test
    void textsAreNeitherEmptyNorTooLong() {
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> withTitle("   "));
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> withTitle(null));
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> withTitle("x".repeat(RubricEdits.MAX_TITLE + 1)));
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> withTitle("x".repeat(10_000)));
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> withTitle("Navn\u0000"));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> withTitle("x".repeat(RubricEdits.MAX_TITLE)));
        List<CriterionEdit> edits = asIs();
        edits.set(2, new CriterionEdit("closing", "Afslutning", List.of(new LevelEdit("a", 0), new LevelEdit("b", 1),
                new LevelEdit("c".repeat(RubricEdits.MAX_DESCRIPTION + 1), 2))));
        refused(Reason.TEXT_EMPTY_OR_TOO_LONG, () -> RubricEdits.apply(scenario, scenario, edits, false));
    }

    @Test
    void onlyTheScenariosCriteriaWithAllTheirLevels() {
        List<CriterionEdit> unknown = asIs();
        unknown.add(new CriterionEdit("charm", "Charme", List.of(new LevelEdit("a", 0), new LevelEdit("b", 1))));
        refused(Reason.UNKNOWN_CRITERION, () -> RubricEdits.apply(scenario, scenario, unknown, false));
        List<CriterionEdit> twice = asIs();
        twice.add(twice.get(0));
        refused(Reason.UNKNOWN_CRITERION, () -> RubricEdits.apply(scenario, scenario, twice, false));
        List<CriterionEdit> shortOne = asIs();
        shortOne.set(0, new CriterionEdit("opening", "Start", List.of(new LevelEdit("a", 0), new LevelEdit("b", 1))));
        refused(Reason.LEVELS_CHANGED, () -> RubricEdits.apply(scenario, scenario, shortOne, false));
    }

    @Test
    void onceAssessedThePointsAreFixedButTheWordingIsNot() throws Exception {
        Rubric mine = apply(0, List.of(0, 3, 6));
        // wording only: allowed
        List<CriterionEdit> reworded = editsOf(mine);
        reworded.set(1, new CriterionEdit("clear", "Klar og kort", reworded.get(1).levels()));
        Rubric after = RubricEdits.apply(scenario, mine, reworded, true);
        assertEquals("Klar og kort", after.criteria().get(1).title());
        assertEquals(mine.maxPoints(), after.maxPoints());
        // other points, or a criterion less: refused
        refused(Reason.POINTS_LOCKED, () -> RubricEdits.apply(scenario, mine, editsWithPoints(mine, 0, List.of(0, 3, 5)), true));
        refused(Reason.POINTS_LOCKED, () -> RubricEdits.apply(scenario, mine, editsOf(mine).subList(0, 2), true));
        // back to the scenario's would change the points: refused; with the same points it is allowed
        refused(Reason.POINTS_LOCKED, () -> RubricEdits.reset(scenario, mine, true));
        assertEquals(scenario, RubricEdits.reset(scenario, mine, false));
        Rubric samePoints = RubricEdits.apply(scenario, scenario, reworded(scenario), false);
        assertEquals(scenario, RubricEdits.reset(scenario, samePoints, true));
        assertTrue(RubricEdits.samePoints(scenario, samePoints));
        assertFalse(RubricEdits.samePoints(scenario, mine));
    }

    // ---- helpers

    private Rubric apply(int criterion, List<Integer> points) throws RubricRefused {
        return RubricEdits.apply(scenario, scenario, editsWithPoints(scenario, criterion, points), false);
    }

    private Rubric withTitle(String title) throws RubricRefused {
        List<CriterionEdit> edits = asIs();
        edits.set(0, new CriterionEdit("opening", title, edits.get(0).levels()));
        return RubricEdits.apply(scenario, scenario, edits, false);
    }

    private List<CriterionEdit> asIs() {
        return editsOf(scenario);
    }

    private static List<CriterionEdit> editsOf(Rubric rubric) {
        return new ArrayList<>(rubric.criteria().stream().map(c -> new CriterionEdit(c.id(), c.title(),
                c.levels().stream().map(l -> new LevelEdit(l.description(), l.points())).toList())).toList());
    }

    private static List<CriterionEdit> reworded(Rubric rubric) {
        List<CriterionEdit> edits = editsOf(rubric);
        edits.set(0, new CriterionEdit(edits.get(0).id(), "Ny overskrift", edits.get(0).levels()));
        return edits;
    }

    private static List<CriterionEdit> editsWithPoints(Rubric rubric, int criterion, List<Integer> points) {
        List<CriterionEdit> edits = editsOf(rubric);
        CriterionEdit c = edits.get(criterion);
        List<LevelEdit> levels = new ArrayList<>();
        for (int i = 0; i < c.levels().size(); i++) {
            levels.add(new LevelEdit(c.levels().get(i).description(), points.get(i)));
        }
        edits.set(criterion, new CriterionEdit(c.id(), c.title(), levels));
        return edits;
    }

    private static void refused(Reason reason, Executable change) {
        RubricRefused refused = assertThrows(RubricRefused.class, change);
        assertEquals(reason, refused.reason());
    }
}
