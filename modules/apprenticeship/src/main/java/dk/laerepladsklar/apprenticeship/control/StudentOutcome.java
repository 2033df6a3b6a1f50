package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.control.FigureInput.AgreementDates;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Step;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Term;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One GF2 student's part of the figures, read from their dated status history, agreements and applications. The
 * status on a day is the last change (in the history's order) that took effect on or before it.
 *
 * <ul>
 *   <li><b>Agreement at the end of GF2</b>: on GF2's last day (or today, while GF2 runs) the status is "agreement
 *       signed" and that agreement has not ended. A short agreement that ended before, or one left during GF2, does
 *       not count: the student is seeking again.</li>
 *   <li><b>Registered 8 weeks before</b>: on GF2's end minus 8 weeks (or today, if that is still ahead) the status is
 *       "registered as seeking" or a running agreement; or the student was seeking then and later recorded a
 *       registration on lærepladsen.dk dated on or before that day (registered in time, told the tool afterwards).</li>
 *   <li><b>Applications</b>: those sent on or before GF2's last day (or today).</li>
 *   <li><b>Agreements after probation</b>: each of the student's agreements whose probation ended before today counts
 *       once; it still ran after probation when it did not end on or before the last day of probation and the status
 *       did not leave it (a new status or another agreement) with effect on or before that day. An agreement without a
 *       known end of probation is not counted.</li>
 * </ul>
 */
record StudentOutcome(boolean signed, boolean registered, int applications, int pastProbation, int runningAfterProbation) {

    static StudentOutcome of(Term term, List<Step> history, Map<java.util.UUID, AgreementDates> agreementsById,
                             List<AgreementDates> agreements, List<LocalDate> sent, LocalDate today) {
        List<Step> steps = history.stream().sorted(Comparator.comparingInt(Step::sequence)).toList();
        LocalDate end = earlier(term.gf2End(), today);
        LocalDate deadline = earlier(term.seekingDeadline(), today);
        boolean signed = signedOn(steps, agreementsById, end);
        boolean registered = registeredBy(steps, agreementsById, deadline);
        int applications = (int) sent.stream().filter(d -> !d.isAfter(end)).count();
        int past = 0;
        int running = 0;
        for (AgreementDates a : agreements) {
            if (a.probationEndsOn() == null || !a.probationEndsOn().isBefore(today)) {
                continue;
            }
            past++;
            running += ranPastProbation(a, steps) ? 1 : 0;
        }
        return new StudentOutcome(signed, registered, applications, past, running);
    }

    Tally tally() {
        return new Tally(1, signed ? 1 : 0, registered ? 1 : 0, applications, pastProbation, runningAfterProbation);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The change in force on this day: the last one in the history's order that took effect on or before it. */
    static Step stateOn(List<Step> steps, LocalDate day) {
        Step state = null;
        for (Step s : steps) {
            if (!s.effectiveOn().isAfter(day)) {
                state = s;
            }
        }
        return state;
    }

    static boolean signedOn(List<Step> steps, Map<java.util.UUID, AgreementDates> agreements, LocalDate day) {
        Step state = stateOn(steps, day);
        if (state == null || state.to() != PlacementState.AGREEMENT_SIGNED) {
            return false;
        }
        AgreementDates agreement = agreements.get(state.agreementId());
        return agreement != null && (agreement.endsOn() == null || !day.isAfter(agreement.endsOn()));
    }

    static boolean registeredBy(List<Step> steps, Map<java.util.UUID, AgreementDates> agreements, LocalDate deadline) {
        Step state = stateOn(steps, deadline);
        if (state != null && state.to() == PlacementState.REGISTERED_SEEKING || signedOn(steps, agreements, deadline)) {
            return true;
        }
        if (state != null && state.to() == PlacementState.SCHOOL_BASED_TRAINING) {
            return false;
        }
        return steps.stream().anyMatch(s -> s.to() == PlacementState.REGISTERED_SEEKING && s.effectiveOn().isAfter(deadline)
                && s.registeredOn() != null && !s.registeredOn().isAfter(deadline));
    }

    static boolean ranPastProbation(AgreementDates agreement, List<Step> steps) {
        LocalDate probationEnd = agreement.probationEndsOn();
        if (agreement.endsOn() != null && !agreement.endsOn().isAfter(probationEnd)) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.to() == PlacementState.AGREEMENT_SIGNED && agreement.id().equals(s.agreementId())) {
                return i + 1 == steps.size() || steps.get(i + 1).effectiveOn().isAfter(probationEnd);
            }
        }
        // an agreement the status never pointed to (not how the tool records one): its dates alone decide
        return true;
    }
}
