package dk.laerepladsklar.roleplay.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scoring with a rubric: a mark counts only as one of its criterion's levels (no points in between), each criterion at
 * most once, and the score is the sum of the chosen levels' points, so it never exceeds the rubric's maximum.
 */
public final class RubricScore {

    private RubricScore() {
    }

    /**
     * @param complete whether every criterion must have a mark (the teacher's scores); a self-assessment may be saved
     *                 part by part
     */
    static void check(Rubric rubric, List<Mark> marks, boolean complete) throws AttemptRefused {
        if (marks == null) {
            throw new AttemptRefused(AttemptRefused.Reason.SCORE_MISSING);
        }
        Set<String> seen = new HashSet<>();
        for (Mark mark : marks) {
            Criterion criterion = rubric.criteria().stream().filter(c -> c.id().equals(mark.getCriterionId()))
                    .findFirst().orElseThrow(() -> new AttemptRefused(AttemptRefused.Reason.UNKNOWN_LEVEL));
            if (!seen.add(criterion.id()) || criterion.levels().stream().noneMatch(l -> l.points() == mark.getPoints())) {
                throw new AttemptRefused(AttemptRefused.Reason.UNKNOWN_LEVEL);
            }
        }
        if (complete && seen.size() != rubric.criteria().size()) {
            throw new AttemptRefused(AttemptRefused.Reason.SCORE_MISSING);
        }
    }

    /**
     * Whether every criterion has a mark on one of its levels: a mark whose points the teacher has since changed (a
     * placement's own rubric) no longer counts, and the student rates that criterion again.
     */
    static boolean complete(Rubric rubric, List<Mark> marks) {
        return rubric.criteria().stream().allMatch(c -> marks.stream().anyMatch(m -> m.getCriterionId().equals(c.id())
                && c.levels().stream().anyMatch(l -> l.points() == m.getPoints())));
    }

    public static int points(List<Mark> marks) {
        return marks.stream().mapToInt(Mark::getPoints).sum();
    }
}
