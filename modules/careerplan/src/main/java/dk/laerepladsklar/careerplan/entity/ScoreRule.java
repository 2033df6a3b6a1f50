package dk.laerepladsklar.careerplan.entity;

/**
 * When a placed career plan counts as done in the gradebook, as the teacher chose when placing it: when a teacher
 * approves the plan (the default: the plan is worked on together), or as soon as the student sends it.
 */
public enum ScoreRule {
    ON_APPROVAL("plan"),
    ON_SENDING("plan-sent");

    private final String offerKey;

    ScoreRule(String offerKey) {
        this.offerKey = offerKey;
    }

    /** The Deep Linking offer a teacher picks for this rule: {@code plan} or {@code plan-sent}. */
    public String offerKey() {
        return offerKey;
    }

    public static java.util.Optional<ScoreRule> byOfferKey(String key) {
        for (ScoreRule rule : values()) {
            if (rule.offerKey.equals(key)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a plan in this state has earned the placement's points. */
    public boolean isDone(PlanState state) {
        return switch (this) {
            case ON_APPROVAL -> state == PlanState.APPROVED;
            case ON_SENDING -> state == PlanState.SENT || state == PlanState.NEEDS_CHANGES || state == PlanState.APPROVED;
        };
    }
}
