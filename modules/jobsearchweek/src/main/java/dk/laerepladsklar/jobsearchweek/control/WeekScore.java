package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.kernel.activity.ProgressState;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A student's week as one activity: how much of it is done, its score and its state, from where the student is in each
 * of the week's activities. Plain rules, no container:
 *
 * <ul>
 *   <li>An activity is <em>done</em> when its part is completed or handed in (waiting for a teacher), or its task is
 *       ticked. The share done is the done activities over all of them.</li>
 *   <li>Each activity weighs the same: a part gives its score over its maximum (a completed part without a score
 *       counts as full, as the gradebook reads it), a ticked task gives 1. The week's score is its maximum times the
 *       sum over the number of activities, rounded to two decimals (a gradebook shows no more).</li>
 *   <li>The week is <em>completed</em> when every activity is done and scored (every part completed);
 *       <em>awaiting review</em> when every activity is done but some part still waits for a teacher's points;
 *       <em>not started</em> while nothing at all was reported (no part opened, no task ticked); otherwise
 *       <em>in progress</em>.</li>
 * </ul>
 */
public final class WeekScore {

    /**
     * One activity of the week for one student.
     *
     * @param state   what the part last reported (a task: {@code COMPLETED} when ticked); null when nothing was
     * @param score   the part's score so far; null when it has none (always null for a task)
     * @param maximum what the part's score is out of (a task: 1)
     */
    public record Item(UUID id, String title, LocalDate due, boolean task, ProgressState state, Double score,
                       double maximum) implements Serializable {

        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(due, "due");
            if (maximum <= 0) {
                throw new IllegalArgumentException("An activity's maximum must be positive");
            }
        }

        /** An activity of the tool placed in the week, as it last reported for this student. */
        public static Item part(UUID id, String title, LocalDate due, ProgressState state, Double score, double maximum) {
            return new Item(id, title, due, false, state, score, maximum);
        }

        /** A task the student ticks. */
        public static Item task(UUID id, String title, LocalDate due, boolean ticked) {
            return new Item(id, title, due, true, ticked ? ProgressState.COMPLETED : null, null, 1);
        }

        /** Finished or handed in (a task: ticked). */
        public boolean isDone() {
            return state == ProgressState.COMPLETED || state == ProgressState.AWAITING_REVIEW;
        }

        /** Done and given its points: nothing more will come for it. */
        public boolean isScored() {
            return state == ProgressState.COMPLETED;
        }

        /** Whether the student has reported anything here (opened a part, ticked a task). */
        public boolean isReported() {
            return state != null && state != ProgressState.NOT_STARTED;
        }

        /** 0..1: the share of this activity's points the student has. */
        public double points() {
            if (task) {
                return isDone() ? 1 : 0;
            }
            if (score == null) {
                return state == ProgressState.COMPLETED ? 1 : 0;
            }
            return Math.max(0, Math.min(1, score / maximum));
        }

        /** Not done and its due day has passed (the day after it, in the school's time). */
        public boolean isOverdue(LocalDate today) {
            return !isDone() && today.isAfter(due);
        }
    }

    /**
     * The week for one student.
     *
     * @param score null while the week is not started (the gradebook then hears nothing)
     */
    public record Result(ProgressState state, int done, int total, double fractionDone, Double score)
            implements Serializable {

        /** 0..100, for a progress bar. */
        public int percentDone() {
            return (int) Math.round(100 * fractionDone);
        }
    }

    private WeekScore() {
    }

    /**
     * @param items   the week's activities for one student
     * @param maximum the week's gradebook maximum
     */
    public static Result of(List<Item> items, double maximum) {
        if (maximum <= 0) {
            throw new IllegalArgumentException("A week's maximum must be positive");
        }
        int total = items.size();
        int done = (int) items.stream().filter(Item::isDone).count();
        boolean reported = items.stream().anyMatch(Item::isReported);
        if (total == 0 || !reported) {
            return new Result(ProgressState.NOT_STARTED, done, total, 0, null);
        }
        double points = items.stream().mapToDouble(Item::points).sum();
        double score = Math.min(maximum, Math.round(maximum * points / total * 100) / 100.0);
        ProgressState state;
        if (done < total) {
            state = ProgressState.IN_PROGRESS;
        } else if (items.stream().allMatch(Item::isScored)) {
            state = ProgressState.COMPLETED;
        } else {
            state = ProgressState.AWAITING_REVIEW;
        }
        return new Result(state, done, total, (double) done / total, score);
    }
}
