package dk.laerepladsklar.apprenticeship.entity;

/** An answer to one of the check-in's three questions, one tap each on a phone. */
public enum CheckInAnswer {
    GOOD,
    OK,
    HARD
}
