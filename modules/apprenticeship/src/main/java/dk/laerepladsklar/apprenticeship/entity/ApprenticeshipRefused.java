package dk.laerepladsklar.apprenticeship.entity;

/**
 * A change to a student's search that breaks one of its rules (a CVR number with a wrong check digit, an end before its
 * start, a follow-up before the application was sent, a text that is too long). The reason is symbolic: the page shows
 * the bundle's {@code refused.<reason>} in the reader's language, the log shows the reason.
 */
public class ApprenticeshipRefused extends RuntimeException {

    private final String reason;

    public ApprenticeshipRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
