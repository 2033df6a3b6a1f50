package dk.laerepladsklar.apprenticeship.boundary;

/** What the application form fills in for the student, so a log takes seconds. */
public final class SearchDefaults {

    /** The next follow-up: a week after sending, the usual time to ring and ask. */
    public static final int FOLLOW_UP_DAYS = 7;

    private SearchDefaults() {
    }
}
