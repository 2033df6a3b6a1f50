package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.Fixtures.NOW;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.OMAR;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.SARA;
import static dk.laerepladsklar.apprenticeship.entity.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The placement status: every change is a dated history row; a short agreement's end puts the student back to seeking. */
class PlacementStatusTest {

    @Test
    void everyChangeIsKeptWithItsDate() {
        List<StatusChange> history = new ArrayList<>();
        PlacementStatus status = new PlacementStatus(SARA, TODAY, NOW);
        history.add(status.initialChange("sara", NOW));
        LocalDate registered = TODAY.minusDays(3);
        history.add(status.registeredSeeking(registered, "sara", TODAY.plusDays(1), NOW));
        assertEquals(PlacementState.REGISTERED_SEEKING, status.getState());
        assertEquals(registered, status.getRegisteredOn());
        Agreement agreement = Fixtures.shortAgreement(TODAY.plusDays(20), TODAY.plusDays(200));
        history.add(status.agreementSigned(agreement, "sara", TODAY.plusDays(10), NOW));
        assertEquals(agreement.getId(), status.getAgreementId());
        assertNull(status.getRegisteredOn(), "the registration belongs to the seeking state");

        assertEquals(List.of(PlacementState.SEEKING, PlacementState.REGISTERED_SEEKING, PlacementState.AGREEMENT_SIGNED),
                history.stream().map(StatusChange::getToState).toList());
        assertNull(history.get(0).getFromState());
        assertEquals(PlacementState.REGISTERED_SEEKING, history.get(2).getFromState());
        assertEquals(List.of(TODAY, TODAY.plusDays(1), TODAY.plusDays(10)),
                history.stream().map(StatusChange::getEffectiveOn).toList());
        assertEquals(registered, history.get(1).getRegisteredOn(), "the history keeps the registration date");
        assertEquals(agreement.getId(), history.get(2).getAgreementId());
        assertTrue(history.stream().allMatch(c -> c.getStatusId().equals(status.getId())));
        assertEquals(List.of(1, 2, 3), history.stream().map(StatusChange::getSequence).toList(),
                "numbered, so changes within one instant keep their order");
    }

    @Test
    void aRegistrationIsDatedAndNotInTheFuture() {
        PlacementStatus status = new PlacementStatus(SARA, TODAY, NOW);
        assertEquals("REGISTERED_IN_FUTURE", assertThrows(ApprenticeshipRefused.class,
                () -> status.registeredSeeking(TODAY.plusDays(1), "sara", TODAY, NOW)).reason());
        assertEquals("REGISTERED_DATE_MISSING", assertThrows(ApprenticeshipRefused.class,
                () -> status.registeredSeeking(null, "sara", TODAY, NOW)).reason());
        assertEquals("STATUS_UNCHANGED", assertThrows(ApprenticeshipRefused.class,
                () -> status.seeking("sara", TODAY, NOW)).reason());
        assertEquals(PlacementState.SEEKING, status.getState());
        status.registeredSeeking(TODAY, "sara", TODAY, NOW);
        assertEquals("STATUS_UNCHANGED", assertThrows(ApprenticeshipRefused.class,
                () -> status.registeredSeeking(TODAY, "sara", TODAY, NOW)).reason());
        status.registeredSeeking(TODAY.minusDays(1), "sara", TODAY, NOW);
        assertEquals(TODAY.minusDays(1), status.getRegisteredOn(), "a new date corrects the old one");
    }

    @Test
    void anotherStudentsAgreementCannotBeSigned() {
        PlacementStatus omars = new PlacementStatus(OMAR, TODAY, NOW);
        Agreement saras = Fixtures.shortAgreement(TODAY, TODAY.plusDays(90));
        assertThrows(IllegalArgumentException.class, () -> omars.agreementSigned(saras, "omar", TODAY, NOW));
    }

    @Test
    void whenTheShortAgreementHasEndedTheStudentIsBackToSeekingFromTheDayAfter() {
        PlacementStatus status = new PlacementStatus(SARA, TODAY, NOW);
        Agreement agreement = Fixtures.shortAgreement(TODAY, TODAY.plusDays(40));
        status.agreementSigned(agreement, "sara", TODAY, NOW);
        assertEquals(Optional.empty(), status.agreementEnded(agreement, "system", TODAY.plusDays(40), NOW),
                "its last day it still runs");
        StatusChange back = status.agreementEnded(agreement, "system", TODAY.plusDays(45), NOW).orElseThrow();
        assertEquals(PlacementState.SEEKING, status.getState());
        assertEquals(PlacementState.AGREEMENT_SIGNED, back.getFromState());
        assertEquals(TODAY.plusDays(41), back.getEffectiveOn(), "seeking from the day after the end, not from when noticed");
        assertEquals(StatusChangeCause.AGREEMENT_ENDED, back.getCause());
        assertTrue(agreement.isEndHandled());
        assertEquals(Optional.empty(), status.agreementEnded(agreement, "system", TODAY.plusDays(46), NOW), "only once");
    }

    @Test
    void aStudentFlippingTheStatusBackAndForthIsStoppedAtTheCapButTheToolIsNot() {
        PlacementStatus status = new PlacementStatus(SARA, TODAY, NOW);
        status.initialChange("sara", NOW);
        while (status.getChangeCount() < PlacementStatus.MAX_CHANGES) {
            if (status.getState() == PlacementState.SEEKING) {
                status.schoolBasedTraining("sara", TODAY, NOW);
            } else {
                status.seeking("sara", TODAY, NOW);
            }
        }
        PlacementState before = status.getState();
        assertEquals("STATUS_TOO_MANY_CHANGES", assertThrows(ApprenticeshipRefused.class,
                () -> status.registeredSeeking(TODAY, "sara", TODAY, NOW)).reason());
        assertEquals(before, status.getState(), "nothing changed");
        assertEquals(PlacementStatus.MAX_CHANGES, status.getChangeCount());
    }
}
