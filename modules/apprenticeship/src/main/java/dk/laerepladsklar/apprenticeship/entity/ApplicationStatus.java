package dk.laerepladsklar.apprenticeship.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an application stands. An open application moves forward (sent, called for interview, interview held, offer,
 * agreement signed) or is closed (rejected, withdrawn); steps may be skipped, since a master may offer an agreement on
 * the phone. A closed or signed application does not move again: a new contact is a new application, so counts over
 * time stay true.
 */
public enum ApplicationStatus {
    SENT,
    INTERVIEW_CALLED,
    INTERVIEW_HELD,
    OFFER,
    REJECTED,
    AGREEMENT_SIGNED,
    WITHDRAWN;

    private static final List<ApplicationStatus> PIPELINE = List.of(SENT, INTERVIEW_CALLED, INTERVIEW_HELD, OFFER,
            AGREEMENT_SIGNED);

    /** Whether the application is still going (a follow-up makes sense). */
    public boolean isOpen() {
        return this == SENT || this == INTERVIEW_CALLED || this == INTERVIEW_HELD || this == OFFER;
    }

    /** Whether the student was called for an interview (or got further): for counts of interviews. */
    public boolean reachedInterview() {
        return this == INTERVIEW_CALLED || this == INTERVIEW_HELD || this == OFFER || this == AGREEMENT_SIGNED;
    }

    public boolean mayMoveTo(ApplicationStatus target) {
        if (!isOpen() || target == this || target == null) {
            return false;
        }
        if (target == REJECTED || target == WITHDRAWN) {
            return true;
        }
        return PIPELINE.indexOf(target) > PIPELINE.indexOf(this);
    }

    /** Every status this one may move to, in the order a page offers them. */
    public Set<ApplicationStatus> moves() {
        Set<ApplicationStatus> moves = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus s : values()) {
            if (mayMoveTo(s)) {
                moves.add(s);
            }
        }
        return moves;
    }

    /** The likely next steps, for one-tap buttons on a phone: the next step forward, and rejected. */
    public List<ApplicationStatus> quickMoves() {
        return switch (this) {
            case SENT -> List.of(INTERVIEW_CALLED, REJECTED);
            case INTERVIEW_CALLED -> List.of(INTERVIEW_HELD, REJECTED);
            case INTERVIEW_HELD -> List.of(OFFER, REJECTED);
            case OFFER -> List.of(AGREEMENT_SIGNED, WITHDRAWN);
            default -> List.of();
        };
    }
}
