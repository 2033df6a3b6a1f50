package dk.laerepladsklar.jobsearchweek.control;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who must come to the job café: every student without an apprenticeship; the others are welcome. The student's
 * placement status decides when a source knows it; until then the teacher's tick "har læreplads" does; a student
 * neither knows about must come (better asked once too often than missed).
 */
public final class MustAttend {

    /** What decided. */
    public enum Source {
        /** The student's placement status, from the kernel's port. */
        PLACEMENT_STATUS,
        /** The teacher's tick on the café page. */
        TEACHER_TICK,
        /** Nothing known: the student must come. */
        NOTHING_KNOWN
    }

    /** The answer for one student. */
    public record Verdict(boolean mustAttend, Source source) implements Serializable {
        public boolean hasApprenticeship() {
            return !mustAttend;
        }
    }

    private MustAttend() {
    }

    /**
     * @param placementStatus what the placement status says (true: has an apprenticeship), empty when it cannot say
     * @param ticked          whether the teacher ticked "har læreplads"
     */
    public static Verdict of(Optional<Boolean> placementStatus, boolean ticked) {
        if (placementStatus.isPresent()) {
            return new Verdict(!placementStatus.get(), Source.PLACEMENT_STATUS);
        }
        return ticked ? new Verdict(false, Source.TEACHER_TICK) : new Verdict(true, Source.NOTHING_KNOWN);
    }
}
