package dk.laerepladsklar.lti.core.validation;

/** A launch failed a check. The reason is logged; the user sees a friendly page. */
public class LaunchRejected extends Exception {

    private final Rejection reason;

    public LaunchRejected(Rejection reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public Rejection reason() {
        return reason;
    }
}
