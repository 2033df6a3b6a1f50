package dk.laerepladsklar.apprenticeship.entity;

import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.AGREEMENT_SIGNED;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.INTERVIEW_CALLED;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.INTERVIEW_HELD;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.OFFER;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.REJECTED;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.SENT;
import static dk.laerepladsklar.apprenticeship.entity.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application moves forward, may skip steps, may be closed; a closed or signed one stays as it is. */
class ApplicationStatusTest {

    @Test
    void anOpenApplicationMovesForwardOrIsClosed() {
        assertEquals(EnumSet.of(INTERVIEW_CALLED, INTERVIEW_HELD, OFFER, AGREEMENT_SIGNED, REJECTED, WITHDRAWN), SENT.moves());
        assertEquals(EnumSet.of(AGREEMENT_SIGNED, REJECTED, WITHDRAWN), OFFER.moves());
        assertTrue(SENT.mayMoveTo(AGREEMENT_SIGNED), "a master may offer an agreement on the phone");
        assertFalse(INTERVIEW_HELD.mayMoveTo(INTERVIEW_CALLED), "no step back");
        assertFalse(SENT.mayMoveTo(SENT));
        assertFalse(SENT.mayMoveTo(null));
    }

    @Test
    void aClosedOrSignedApplicationDoesNotMove() {
        for (ApplicationStatus closed : List.of(REJECTED, WITHDRAWN, AGREEMENT_SIGNED)) {
            assertTrue(closed.moves().isEmpty(), closed + " moves");
            assertTrue(closed.quickMoves().isEmpty());
            assertFalse(closed.isOpen());
        }
    }

    @Test
    void theOneTapButtonsOfferTheNextStepAndRejected() {
        assertEquals(List.of(INTERVIEW_CALLED, REJECTED), SENT.quickMoves());
        assertEquals(List.of(AGREEMENT_SIGNED, WITHDRAWN), OFFER.quickMoves());
        for (ApplicationStatus s : ApplicationStatus.values()) {
            s.quickMoves().forEach(q -> assertTrue(s.mayMoveTo(q), s + " -> " + q));
        }
    }

    @Test
    void interviewsCountOnceReachedEvenAfterAnOffer() {
        assertFalse(SENT.reachedInterview());
        assertTrue(INTERVIEW_CALLED.reachedInterview());
        assertTrue(AGREEMENT_SIGNED.reachedInterview());
        assertFalse(REJECTED.reachedInterview(), "the step history says whether a rejected one had an interview");
    }
}
