package dk.laerepladsklar.apprenticeship.entity;

/** How an application was sent. */
public enum ApplicationChannel {
    /** Through the posting or the student's profile on lærepladsen.dk. */
    LAEREPLADSEN_DK,
    EMAIL,
    /** Handed in on a visit to the company (an unsolicited application in person). */
    VISIT,
    PHONE,
    /** Through family, friends, a teacher or a former employer. */
    NETWORK
}
