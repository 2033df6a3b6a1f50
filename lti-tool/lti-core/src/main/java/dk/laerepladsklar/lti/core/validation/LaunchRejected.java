package dk.laerepladsklar.lti.core.validation;

/** A launch failed a check. The reason is logged; the user sees a friendly page. */
public class LaunchRejected extends Exception {

    private final Rejection reason;

    public LaunchRejected(Rejection reason, String detail) {
        super(reason + ": " + printable(detail), null, false, false);
        this.reason = reason;
    }

    /** Details may quote an untrusted token: no control characters (log forging), and not too long. */
    static String printable(String detail) {
        if (detail == null) {
            return "";
        }
        String clean = detail.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
    }

    public Rejection reason() {
        return reason;
    }
}
