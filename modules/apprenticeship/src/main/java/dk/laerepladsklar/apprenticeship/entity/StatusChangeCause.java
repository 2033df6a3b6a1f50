package dk.laerepladsklar.apprenticeship.entity;

/** Why a placement status changed: the student did it, or an agreement ended and the tool put them back to seeking. */
public enum StatusChangeCause {
    STUDENT,
    AGREEMENT_ENDED
}
