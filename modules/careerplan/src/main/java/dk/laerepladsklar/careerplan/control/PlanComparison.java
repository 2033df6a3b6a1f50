package dk.laerepladsklar.careerplan.control;

import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Compare with the previous version": two sent versions of a plan, part by part in the page's order (the sections,
 * trade and area after "what I want", the next steps after the short-term goals), each with its word diff. The next
 * steps are compared as lines of text, one step a line, as the caller writes them (with the date in the reader's
 * language).
 */
public final class PlanComparison {

    /** The key of the trade, the area and the next steps among the sections' keys. */
    public static final String TRADE = "trade";
    public static final String AREA = "area";
    public static final String STEPS = "steps";

    /**
     * One part of the plan: its key (a section's key, or {@link #TRADE}, {@link #AREA}, {@link #STEPS}), its word diff,
     * and whether the section's voice answer is another recording (new, replaced or removed), which no diff of words
     * shows.
     */
    public record Change(String key, List<VersionDiff.Segment> segments, boolean voiceChanged) {

        public Change(String key, List<VersionDiff.Segment> segments) {
            this(key, segments, false);
        }

        public boolean changed() {
            return voiceChanged || VersionDiff.changed(segments);
        }

        /** Nothing in either version: not worth a line on the page. */
        public boolean empty() {
            return segments.isEmpty() && !voiceChanged;
        }
    }

    private PlanComparison() {
    }

    /** Every part of the plan in reading order, with what changed from {@code before} to {@code after}. */
    public static List<Change> between(PlanSnapshot before, PlanSnapshot after,
                                       Function<PlanSnapshot.Step, String> stepLine) {
        List<Change> changes = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            changes.add(new Change(section.key(), VersionDiff.between(before.text(section), after.text(section)),
                    !java.util.Objects.equals(voice(before, section), voice(after, section))));
            if (section == PlanSection.WISHES) {
                changes.add(new Change(TRADE, VersionDiff.between(before.trade(), after.trade())));
                changes.add(new Change(AREA, VersionDiff.between(before.area(), after.area())));
            }
            if (section == PlanSection.GOALS_SOON) {
                changes.add(new Change(STEPS, VersionDiff.between(lines(before, stepLine), lines(after, stepLine))));
            }
        }
        return changes;
    }

    /** Whether anything at all changed between the two versions. */
    public static boolean anyChange(List<Change> changes) {
        return changes.stream().anyMatch(Change::changed);
    }

    private static java.util.UUID voice(PlanSnapshot snapshot, PlanSection section) {
        return snapshot.part(section).map(PlanSnapshot.Part::voiceMediaId).orElse(null);
    }

    private static String lines(PlanSnapshot snapshot, Function<PlanSnapshot.Step, String> stepLine) {
        return snapshot.steps().stream().map(stepLine).collect(Collectors.joining("\n"));
    }
}
