package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.PlanState;
import dk.laerepladsklar.careerplan.entity.ScoreRule;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The career plan as an activity a teacher can place: one offer per way of scoring (points when a teacher approves
 * the plan, or as soon as the student sends it). Whatever course it is placed in, a student opens the same plan,
 * their one plan at this school.
 */
@ApplicationScoped
public class CareerPlanActivity implements ActivityType {

    public static final String TYPE = "career-plan";
    public static final String BUNDLE = "dk.laerepladsklar.careerplan.messages";
    public static final String PLAN_PAGE = "/careerplan/plan.xhtml";
    public static final String CLASS_PAGE = "/careerplan/class.xhtml";
    public static final String REVIEW_PAGE = "/careerplan/review.xhtml";
    public static final String PLACEMENT_PARAMETER = "placement";
    public static final String STUDENT_PARAMETER = "student";
    /** The gradebook column's maximum: the plan is done or not; ten points read better in a gradebook than one. */
    public static final double SCORE_MAXIMUM = 10;
    static final int ESTIMATED_MINUTES = 90;

    @Inject
    CareerPlans plans;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return Arrays.stream(ScoreRule.values())
                .map(rule -> new ActivityOffer(new ActivityRef(TYPE, rule.offerKey()),
                        PageMessages.text(BUNDLE, locale, "offer." + rule.offerKey() + ".title"),
                        PageMessages.text(BUNDLE, locale, "offer." + rule.offerKey() + ".description"),
                        ESTIMATED_MINUTES, SCORE_MAXIMUM, List.of()))
                .toList();
    }

    @Override
    public String studentPage(Placement placement) {
        return PLAN_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String teacherPage(Placement placement) {
        return CLASS_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String reviewLanding(Placement placement, StudentRef student) {
        return REVIEW_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId() + "&" + STUDENT_PARAMETER + "="
                + java.net.URLEncoder.encode(student.subject(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The plan's state in the student's words; nothing is created by asking. */
    @Override
    public Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        if (placement.isProvisional() || !TYPE.equals(placement.getActivity().type())) {
            return Optional.empty();
        }
        ScoreRule rule = ScoreRule.byOfferKey(placement.getActivity().key()).orElse(ScoreRule.ON_APPROVAL);
        PlanState state = plans.stateOf(new StudentRef(student.platform(), student.actor().subject()));
        StudentState words = studentState(state, rule);
        String next = switch (state) {
            case NOT_STARTED -> PageMessages.text(BUNDLE, student.locale(), "standing.next.start");
            case DRAFT -> PageMessages.text(BUNDLE, student.locale(), "standing.next.send");
            case NEEDS_CHANGES -> PageMessages.text(BUNDLE, student.locale(), "standing.next.revise");
            case SENT, APPROVED -> null;
        };
        return Optional.of(new ActivityStanding(words, words.isDone() ? 1 : 0, 1, next));
    }

    /**
     * A plan's state in the words every page uses ({@link StudentState}), as the gradebook and the class page hear it
     * from {@link CareerPlans#report}: the class view of the plans says the same as the course's class page.
     */
    public static StudentState studentState(PlanState state, ScoreRule rule) {
        if (rule.isDone(state)) {
            return StudentState.DONE;
        }
        return switch (state) {
            case NOT_STARTED -> StudentState.OPENED;
            case DRAFT, NEEDS_CHANGES -> StudentState.STARTED;
            case SENT -> StudentState.AWAITING_REVIEW;
            case APPROVED -> StudentState.DONE;
        };
    }

    static PlacedPlan placed(Placement placement) {
        return new PlacedPlan(placement.getId(), CourseRef.of(placement), placement.getTitle(),
                ScoreRule.byOfferKey(placement.getActivity().key()).orElse(ScoreRule.ON_APPROVAL),
                placement.getScoreMaximum());
    }
}
