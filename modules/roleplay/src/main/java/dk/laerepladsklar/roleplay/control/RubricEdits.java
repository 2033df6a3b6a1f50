package dk.laerepladsklar.roleplay.control;

import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules for a teacher's own rubric on one placement. It starts from the scenario's: the teacher keeps some or all of
 * its criteria (at least one), renames them, rewrites each level's description and sets its points (whole numbers
 * {@code 0..}{@value #MAX_POINTS}, going up from the lowest level). The levels themselves (how many, their short labels)
 * stay the scenario's, so the pages and the student's self-assessment keep their shape. Once an attempt has been
 * assessed with the placement's rubric, its points and criteria are fixed (a score already given, perhaps already in
 * the LMS, would otherwise mean something else); the wording may still change.
 */
public final class RubricEdits {

    public static final int MAX_POINTS = 20;
    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 600;

    /** What the form says of one criterion; null points are points the form did not give (or not a number). */
    public record CriterionEdit(String id, String title, List<LevelEdit> levels) {
    }

    public record LevelEdit(String description, Integer points) {
    }

    private RubricEdits() {
    }

    /**
     * @param scenarioDefault the scenario's rubric, which says which criteria and levels there are
     * @param current         the rubric the placement uses now (its own or the scenario's)
     * @param pointsLocked    whether an attempt has been assessed with {@code current}
     * @return the placement's new rubric, its criteria in the scenario's order
     */
    public static Rubric apply(Rubric scenarioDefault, Rubric current, List<CriterionEdit> edits, boolean pointsLocked)
            throws RubricRefused {
        if (edits == null || edits.isEmpty()) {
            throw new RubricRefused(RubricRefused.Reason.NO_CRITERIA);
        }
        Map<String, Criterion> known = scenarioDefault.criteria().stream()
                .collect(Collectors.toMap(Criterion::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        Map<String, Criterion> made = new java.util.HashMap<>();
        for (CriterionEdit edit : edits) {
            Criterion original = edit == null || edit.id() == null ? null : known.get(edit.id());
            if (original == null || !seen.add(edit.id())) {
                throw new RubricRefused(RubricRefused.Reason.UNKNOWN_CRITERION);
            }
            made.put(edit.id(), criterion(original, edit));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (Criterion c : scenarioDefault.criteria()) {
            if (made.containsKey(c.id())) {
                criteria.add(made.get(c.id()));
            }
        }
        Rubric rubric = new Rubric(criteria);
        if (pointsLocked && !samePoints(rubric, current)) {
            throw new RubricRefused(RubricRefused.Reason.POINTS_LOCKED);
        }
        return rubric;
    }

    /** Back to the scenario's rubric: allowed unless it would change points that are fixed. */
    public static Rubric reset(Rubric scenarioDefault, Rubric current, boolean pointsLocked) throws RubricRefused {
        if (pointsLocked && !samePoints(scenarioDefault, current)) {
            throw new RubricRefused(RubricRefused.Reason.POINTS_LOCKED);
        }
        return scenarioDefault;
    }

    /** The same criteria with the same points on each level: what an assessed attempt's score depends on. */
    public static boolean samePoints(Rubric a, Rubric b) {
        return pointsOf(a).equals(pointsOf(b));
    }

    private static List<String> pointsOf(Rubric rubric) {
        return rubric.criteria().stream()
                .map(c -> c.id() + c.levels().stream().map(l -> String.valueOf(l.points())).toList())
                .toList();
    }

    private static Criterion criterion(Criterion original, CriterionEdit edit) throws RubricRefused {
        String title = text(edit.title(), MAX_TITLE);
        if (edit.levels() == null || edit.levels().size() != original.levels().size()) {
            throw new RubricRefused(RubricRefused.Reason.LEVELS_CHANGED);
        }
        List<Level> levels = new ArrayList<>();
        Integer below = null;
        for (int i = 0; i < original.levels().size(); i++) {
            LevelEdit level = edit.levels().get(i);
            if (level == null) {
                throw new RubricRefused(RubricRefused.Reason.LEVELS_CHANGED);
            }
            String description = text(level.description(), MAX_DESCRIPTION);
            Integer points = level.points();
            if (points == null || points < 0 || points > MAX_POINTS) {
                throw new RubricRefused(RubricRefused.Reason.POINTS_OUT_OF_RANGE);
            }
            if (below != null && points <= below) {
                throw new RubricRefused(RubricRefused.Reason.POINTS_NOT_ASCENDING);
            }
            below = points;
            levels.add(new Level(points, original.levels().get(i).label(), description));
        }
        return new Criterion(original.id(), title, levels);
    }

    /** Stripped; refused when empty, too long, or with control characters other than line breaks. */
    private static String text(String value, int max) throws RubricRefused {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max
                || stripped.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
            throw new RubricRefused(RubricRefused.Reason.TEXT_EMPTY_OR_TOO_LONG);
        }
        return stripped.replace("\r\n", "\n");
    }
}
