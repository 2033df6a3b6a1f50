package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Role-play scenarios as an activity a teacher can place: one offer per scenario, in the teacher's language, with the
 * scenario's trade as its tag and the rubric's points as the gradebook column's maximum (see the package's comment on
 * progress and score). A placement may have its own rubric ({@link PlacementRubrics}); its scores then go with its total as
 * their maximum, and the LMS scales them to the column. Students practise a placed role-play on {@value #PRACTICE_PAGE}; teachers follow it on
 * {@value #OVERVIEW_PAGE}.
 */
@ApplicationScoped
public class RolePlays implements ActivityType {

    public static final String TYPE = "role-play";
    public static final String PRACTICE_PAGE = "/roleplay/practice.xhtml";
    public static final String OVERVIEW_PAGE = "/roleplay/overview.xhtml";
    public static final String RECORD_PAGE = "/roleplay/record.xhtml";
    public static final String ASSESS_PAGE = "/roleplay/assess.xhtml";
    public static final String RUBRIC_PAGE = "/roleplay/rubric.xhtml";
    public static final String VOICES_PAGE = "/roleplay/voices.xhtml";
    public static final String PLACEMENT_PARAMETER = "placement";
    public static final String ATTEMPT_PARAMETER = "attempt";
    public static final String STUDENT_PARAMETER = "student";

    @Inject
    Scenarios scenarios;
    /** Circular on purpose (practice needs the scenarios): both are normal-scoped, so CDI gives proxies. */
    @Inject
    Practices practices;
    @Inject
    PlacementRubrics rubrics;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return scenarios.scenarios(locale).stream().map(RolePlays::offer).toList();
    }

    @Override
    public String studentPage(Placement placement) {
        return PRACTICE_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String teacherPage(Placement placement) {
        return OVERVIEW_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    /**
     * From the LMS's gradebook ("open the student's work"): the assessment page of this student's latest sent attempt,
     * found when the page opens (so a later attempt counts), or a page saying none is sent yet.
     */
    @Override
    public String reviewLanding(Placement placement, StudentRef student) {
        return ASSESS_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId() + "&" + STUDENT_PARAMETER + "="
                + URLEncoder.encode(student.subject(), StandardCharsets.UTF_8);
    }

    /** The practice and the recorded attempt as two parts; nothing is started by asking. */
    @Override
    public Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        if (placement.isProvisional() || !TYPE.equals(placement.getActivity().type())
                || scenario(placement.getActivity().key(), student.locale()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(practices.standing(placed(placement), student));
    }

    /** The scenario as the pack has it (its own rubric): for offers and checks, not for a placed role-play. */
    public Optional<Scenario> scenario(String key, Locale locale) {
        return scenarios.scenario(key, locale);
    }

    /** The placed role-play's scenario, assessed with the placement's rubric (the teacher's own, if they made one). */
    public Scenario scenario(PlacedRolePlay placed, Locale locale) {
        Scenario scenario = scenarios.scenario(placed.scenarioKey(), locale)
                .orElseThrow(() -> new IllegalStateException("No scenario " + placed.scenarioKey()));
        return scenario.withRubric(rubrics.rubric(placed.placementId(), scenario));
    }

    PlacedRolePlay placed(Placement placement) {
        return new PlacedRolePlay(placement.getId(), placement.getActivity().key(), placement.getTitle(),
                rubrics.maxPoints(placement.getId(), placement.getActivity().key()));
    }

    private static ActivityOffer offer(Scenario scenario) {
        return new ActivityOffer(new ActivityRef(TYPE, scenario.id()), scenario.title(), scenario.summary(),
                scenario.estimatedMinutes(), scenario.rubric().maxPoints(), List.of(scenario.trade()));
    }
}
