package dk.laerepladsklar.careerplan.entity;

/**
 * A change to a plan that its rules do not allow. The reason is symbolic ({@code PLAN_…}); pages turn it into a
 * sentence in the user's language from the bundle ({@code refused.<REASON>}).
 */
public class PlanRefused extends RuntimeException {

    private final String reason;

    public PlanRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
