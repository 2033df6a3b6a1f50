package dk.laerepladsklar.careerplan.control;

import dk.laerepladsklar.careerplan.entity.PlanComment;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan version as a teacher or mentor reads it: each section they may see, in the student's order, with its words
 * (or what changed since the version before, word by word), its voice answer and the comments beside it; and the next
 * steps with the overdue ones picked out. The support section only when the student shares it: left out here, it is
 * neither shown nor commented on, and its comments are not listed either.
 */
public final class PlanReading {

    /** One section as read: its words, what changed (when compared), its recording, and the comments beside it. */
    public record SectionRead(PlanSection section, String text, UUID voiceMediaId, List<VersionDiff.Segment> changes,
                              boolean changed, List<PlanComment> comments) {

        public String key() {
            return section.key();
        }

        public boolean isAnswered() {
            return !text.isBlank() || voiceMediaId != null;
        }
    }

    /** One next step as read: overdue when not done and its date has passed. */
    public record StepRead(String text, LocalDate due, boolean done, boolean overdue) {
    }

    private PlanReading() {
    }

    /**
     * @param shown         the version read (or the draft as it stands)
     * @param previous      the version before it, to compare with; null to show the words alone
     * @param supportShared whether the student lets teacher, consultant and mentor read the support section
     * @param comments      the plan's comments, in the order written; those of sections not shown are left out
     */
    public static List<SectionRead> sections(PlanSnapshot shown, PlanSnapshot previous, boolean supportShared,
                                             List<PlanComment> comments) {
        Objects.requireNonNull(shown, "shown");
        List<SectionRead> read = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            if (section.isSensitive() && !supportShared) {
                continue;
            }
            String text = shown.text(section);
            UUID voice = shown.part(section).map(PlanSnapshot.Part::voiceMediaId).orElse(null);
            List<VersionDiff.Segment> changes = previous == null ? List.of()
                    : VersionDiff.between(previous.text(section), text);
            List<PlanComment> beside = comments.stream().filter(c -> c.getSection() == section).toList();
            read.add(new SectionRead(section, text, voice, changes, VersionDiff.changed(changes), beside));
        }
        return read;
    }

    /** The comments on the plan as a whole (no section). */
    public static List<PlanComment> general(List<PlanComment> comments) {
        return comments.stream().filter(c -> c.getSection() == null).toList();
    }

    public static List<StepRead> steps(List<PlanSnapshot.Step> steps, LocalDate today) {
        return steps.stream()
                .map(s -> new StepRead(s.text(), s.due(), s.done(), !s.done() && s.due().isBefore(today)))
                .toList();
    }

    public static long overdue(List<StepRead> steps) {
        return steps.stream().filter(StepRead::overdue).count();
    }
}
