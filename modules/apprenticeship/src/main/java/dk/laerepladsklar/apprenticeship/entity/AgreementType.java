package dk.laerepladsklar.apprenticeship.entity;

/** The kinds of apprenticeship agreement (uddannelsesaftale) a student can sign. */
public enum AgreementType {
    /** The whole main programme with one company. */
    ORDINARY,
    /** At least one period of training at one company; a follow-up agreement is needed for the rest. */
    SHORT,
    /** Kombinationsaftale: a short agreement combined with school-based training. */
    COMBINATION,
    /** Restaftale: the rest of a programme after school-based training or an ended agreement. */
    REMAINDER,
    /** Ny mesterlære: the first year mostly in the company. */
    NEW_MASTER_APPRENTICESHIP;

    /** Whether this kind always ends before the programme does, so it must have an end date. */
    public boolean needsEndDate() {
        return this == SHORT || this == COMBINATION;
    }
}
