package dk.laerepladsklar.apprenticeship.entity;

/** Where a student stands in finding an apprenticeship: the value of a {@link PlacementStatus}. */
public enum PlacementState {
    /** Looking, not (yet) registered as seeking on lærepladsen.dk. */
    SEEKING,
    /** Registered as seeking on lærepladsen.dk, from a date: the rule is no later than 8 weeks before GF2 ends. */
    REGISTERED_SEEKING,
    /** An agreement with a company is signed (see the {@link Agreement}). */
    AGREEMENT_SIGNED,
    /** In school-based training (skolepraktik) instead of an agreement with a company. */
    SCHOOL_BASED_TRAINING;

    /** Whether the student is still looking for an agreement. */
    public boolean isSeeking() {
        return this == SEEKING || this == REGISTERED_SEEKING;
    }
}
