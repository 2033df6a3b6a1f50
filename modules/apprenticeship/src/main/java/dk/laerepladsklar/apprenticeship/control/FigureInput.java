package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the school's figures are computed from, as plain values read from the tool's own rows of one school: the
 * courses with a GF2 term, who opened the search from which course, each student's dated status history, their
 * agreements and the days their applications were sent. Nothing else: no LMS roster, no outside register.
 */
public record FigureInput(List<Term> terms, List<Enrolment> enrolments, List<Step> steps, List<AgreementDates> agreements,
                          List<Sent> applications) {

    public FigureInput {
        terms = List.copyOf(terms);
        enrolments = List.copyOf(enrolments);
        steps = List.copyOf(steps);
        agreements = List.copyOf(agreements);
        applications = List.copyOf(applications);
    }

    /** A course's term: its department as staff typed it (null when none) and the day its GF2 ends. */
    public record Term(String courseId, String department, LocalDate gf2End) {
        public Term {
            Objects.requireNonNull(courseId, "course");
            Objects.requireNonNull(gf2End, "GF2 end");
        }

        /** The last day to be registered as seeking on lærepladsen.dk: GF2's end minus 8 weeks. */
        public LocalDate seekingDeadline() {
            return gf2End.minusWeeks(8);
        }
    }

    /** That a student opened the search from a course, when last, and the course's title that launch sent (or null). */
    public record Enrolment(String subject, String courseId, Instant lastSeen, String courseTitle) {

        public Enrolment(String subject, String courseId, Instant lastSeen) {
            this(subject, courseId, lastSeen, null);
        }
    }

    /**
     * One change of a student's placement status: its place in the history, the state it moved to, the day it took
     * effect, the day registered on lærepladsen.dk (a registration) and the agreement (a signing).
     */
    public record Step(String subject, int sequence, PlacementState to, LocalDate effectiveOn, LocalDate registeredOn,
                       UUID agreementId) {
    }

    /** An agreement's dates: start, end (null: open-ended) and the end of probation (null: not known). */
    public record AgreementDates(UUID id, String subject, LocalDate startsOn, LocalDate endsOn, LocalDate probationEndsOn) {
    }

    /** An application a student sent, by the day it was sent. */
    public record Sent(String subject, LocalDate sentOn) {
    }
}
