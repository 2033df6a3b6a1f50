package dk.laerepladsklar.classroom.control;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.StudentLabels;
import dk.laerepladsklar.kernel.activity.GradebookSync;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.lti.api.Member;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Puts the roster, the progress and the gradebook sync together into the class overview. */
public final class OverviewAssembler {

    private OverviewAssembler() {
    }

    public static Overview assemble(List<Placement> placements, List<Member> roster, Instant rosterAt, String rosterProblem,
                                    List<ActivityProgress> progress, Map<UUID, Map<String, GradebookSync.Status>> sync,
                                    Locale locale) {
        List<Overview.Column> columns = placements.stream()
                .map(p -> new Overview.Column(p.getId(), p.getTitle())).toList();
        Map<String, String> names = new LinkedHashMap<>();
        roster.stream().filter(Member::isLearner).filter(Member::active)
                .forEach(m -> names.put(m.subject(), m.displayName().orElse(null)));
        Map<String, Map<UUID, Overview.Cell>> cells = new HashMap<>();
        for (ActivityProgress p : progress) {
            names.putIfAbsent(p.getStudentSubject(), null);
            GradebookSync.Status status = sync.getOrDefault(p.getPlacementId(), Map.of()).get(p.getStudentSubject());
            cells.computeIfAbsent(p.getStudentSubject(), s -> new HashMap<>()).put(p.getPlacementId(),
                    new Overview.Cell(StudentState.of(p.getState()), (int) Math.round(p.getFractionDone() * 100), p.getScore(),
                            p.getScoreMaximum(), status));
        }
        Collator collator = Collator.getInstance(locale);
        List<Overview.StudentRow> rows = names.entrySet().stream()
                .map(e -> new Overview.StudentRow(e.getKey(), e.getValue(), StudentLabels.label(e.getKey(), locale),
                        cells.containsKey(e.getKey()),
                        withEveryColumn(cells.getOrDefault(e.getKey(), Map.of()), columns)))
                .sorted(Comparator.comparing(Overview.StudentRow::getDisplayName, collator))
                .toList();
        return new Overview(columns, rows, rosterAt, rosterProblem);
    }

    private static Map<UUID, Overview.Cell> withEveryColumn(Map<UUID, Overview.Cell> cells, List<Overview.Column> columns) {
        Map<UUID, Overview.Cell> all = new LinkedHashMap<>();
        columns.forEach(c -> all.put(c.placementId(), cells.getOrDefault(c.placementId(), Overview.Cell.NOT_OPENED)));
        return all;
    }
}
