package dk.laerepladsklar.lti.core.registration;

/** Dynamic registration could not be completed; {@code reason} is symbolic and goes to the log. */
public class RegistrationFailed extends Exception {

    private final String reason;

    public RegistrationFailed(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
