package dk.laerepladsklar.classroom.control;

import dk.laerepladsklar.kernel.activity.GradebookSync;
import dk.laerepladsklar.kernel.activity.StudentState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The class overview: one row per student (everyone on the roster, also those who never opened the tool),
 * one column per placed activity.
 *
 * @param rosterProblem why the roster could not be fetched, or null
 */
public record Overview(List<Column> columns, List<StudentRow> rows, Instant rosterAt, String rosterProblem)
        implements Serializable {

    public Overview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Only these students' rows (a mentor's mentees). */
    public Overview onlyStudents(java.util.function.Predicate<String> subjects) {
        return new Overview(columns, rows.stream().filter(r -> subjects.test(r.subject())).toList(), rosterAt, rosterProblem);
    }

    /**
     * The same overview with its columns titled in the page's language (the title stored with a placement is in
     * the language of the teacher who placed it); a column the function has no title for keeps its own.
     */
    public Overview titled(java.util.function.Function<UUID, String> titles) {
        List<Column> retitled = columns.stream().map(c -> {
            String title = titles.apply(c.placementId());
            return title == null || title.isBlank() ? c : new Column(c.placementId(), title);
        }).toList();
        return new Overview(retitled, rows, rosterAt, rosterProblem);
    }

    /** The codes on this overview a teacher needs explained: the class list's problem, then each score's, once. */
    public List<String> codes() {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        if (rosterProblem != null && !rosterProblem.isBlank()) {
            codes.add(rosterProblem);
        }
        rows.forEach(r -> r.cells().values().stream()
                .filter(c -> c.sync() != null && c.sync().state() != GradebookSync.Status.State.SENT)
                .map(Cell::getSyncReason).filter(c -> !c.isBlank()).forEach(codes::add));
        return List.copyOf(codes);
    }

    /** Whether some student is shown by a label because the LMS shared no name. */
    public boolean isNamesMissing() {
        return rows.stream().anyMatch(r -> r.name() == null || r.name().isBlank());
    }

    public record Column(UUID placementId, String title) implements Serializable {
    }

    /**
     * A student's state in one activity; {@code sync} is null when no score was sent yet. The state is the one every
     * page uses ({@link StudentState}), read from what the ledger keeps.
     */
    public record Cell(StudentState state, int percent, Double score, double scoreMaximum, GradebookSync.Status sync)
            implements Serializable {

        /** A student the ledger knows nothing of in this activity: they never opened it. */
        public static final Cell NOT_OPENED = new Cell(StudentState.NOT_OPENED, 0, null, 0, null);

        public String getState() {
            return state.name();
        }

        public int getPercent() {
            return percent;
        }

        public String getScoreText() {
            return score == null ? "" : String.format(java.util.Locale.ROOT, "%.0f/%.0f", score, scoreMaximum);
        }

        public String getSyncState() {
            return sync == null ? "" : sync.state().name();
        }

        public String getSyncReason() {
            return sync == null || sync.reason() == null ? "" : sync.reason();
        }
    }

    /**
     * @param name     the name the platform shared, or null when it shares none
     * @param label    what to call the student when there is no name ("Elev 4")
     * @param launched whether the student has opened any activity
     */
    public record StudentRow(String subject, String name, String label, boolean launched, Map<UUID, Cell> cells)
            implements Serializable {

        public StudentRow {
            cells = new java.util.LinkedHashMap<>(cells);
        }

        public Cell cell(UUID placementId) {
            return cells.getOrDefault(placementId, Cell.NOT_OPENED);
        }

        public String getDisplayName() {
            return name == null || name.isBlank() ? label : name;
        }

        public String getSubject() {
            return subject;
        }

        public boolean isLaunched() {
            return launched;
        }

        /** The average share done over all placed activities, in percent. */
        public int getTotalPercent() {
            return cells.isEmpty() ? 0 : (int) Math.round(cells.values().stream().mapToInt(Cell::percent).sum()
                    / (double) Math.max(1, cells.size()));
        }
    }
}
