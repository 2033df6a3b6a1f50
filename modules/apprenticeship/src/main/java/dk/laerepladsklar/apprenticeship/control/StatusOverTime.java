package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many students of a caseload stood where, week by week: for each of the last {@value #WEEKS} weeks, each
 * student's status at the end of that week (the last change that took effect on or before its Sunday, or today for this
 * week), from the status's history. A student whose history starts later is not counted before it starts.
 */
public final class StatusOverTime {

    public static final int WEEKS = 12;

    private StatusOverTime() {
    }

    /** One change as the history keeps it: the day it took effect, when it was made (to order two on a day), the new state. */
    public record Change(LocalDate effectiveOn, Instant changedAt, PlacementState to) {
    }

    /** The counts at the end of one week. */
    public record Week(LocalDate monday, Map<PlacementState, Integer> counts) implements Serializable {

        public int count(PlacementState state) {
            return counts.getOrDefault(state, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** @param histories each student's changes, in any order */
    public static List<Week> of(Collection<List<Change>> histories, LocalDate today) {
        LocalDate thisMonday = ApplicationsPerWeek.monday(today);
        List<List<Change>> sorted = histories.stream().map(h -> h.stream()
                .sorted(Comparator.comparing(Change::effectiveOn).thenComparing(Change::changedAt)).toList()).toList();
        List<Week> weeks = new ArrayList<>(WEEKS);
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            LocalDate end = i == 0 ? today : monday.plusDays(6);
            Map<PlacementState, Integer> counts = new EnumMap<>(PlacementState.class);
            for (PlacementState s : PlacementState.values()) {
                counts.put(s, 0);
            }
            for (List<Change> history : sorted) {
                PlacementState at = null;
                for (Change c : history) {
                    if (c.effectiveOn().isAfter(end)) {
                        break;
                    }
                    at = c.to();
                }
                if (at != null) {
                    counts.merge(at, 1, Integer::sum);
                }
            }
            weeks.add(new Week(monday, Map.copyOf(counts)));
        }
        return List.copyOf(weeks);
    }
}
