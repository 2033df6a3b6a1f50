package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.entity.TeachingModule;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six teaching modules as an activity a teacher can place: the offers come from the content pack in the
 * teacher's language (Danish unless English is asked for), with the trades of each module's cases as tags.
 * Students play a placed module on {@value #PLAY_PAGE}, teachers follow it on {@value #OVERVIEW_PAGE}.
 *
 * <p>Scoring (see {@link dk.laerepladsklar.curriculum.control.ScoreRule}): score = round(the placement's maximum ×
 * share of quiz questions answered correctly at the first answer × share of steps done), so it grows as the
 * student works and is final when every step is done. A step is done when it is read past (reading), every
 * question has an answer (quiz), a non-blank reflection is saved (reflection), or the task is ticked off or its
 * file handed in (task). Every change that moves progress or score fires {@code ProgressRecorded} in its
 * transaction.
 */
@ApplicationScoped
public class TeachingModules implements ActivityType {

    public static final String TYPE = "teaching-module";
    public static final String PLAY_PAGE = "/modules/play.xhtml";
    public static final String OVERVIEW_PAGE = "/modules/overview.xhtml";
    /** The overview's parameter naming the student a submission review opened (the platform's user id). */
    public static final String STUDENT_PARAMETER = "student";
    public static final String PLACEMENT_PARAMETER = "placement";

    @Inject
    Curriculum curriculum;
    /** Circular on purpose (progress needs the modules' content): both are normal-scoped, so CDI gives proxies. */
    @Inject
    ModuleProgresses progresses;

    @Override
    public String id() {
        return TYPE;
    }

    @Override
    public List<ActivityOffer> offers(Locale locale) {
        return curriculum.modules(locale).stream().map(TeachingModules::offer).toList();
    }

    @Override
    public String studentPage(Placement placement) {
        return PLAY_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    @Override
    public String teacherPage(Placement placement) {
        return OVERVIEW_PAGE + "?" + PLACEMENT_PARAMETER + "=" + placement.getId();
    }

    /** The module's overview with that student's work picked out at the top (the page shows only whom it may). */
    @Override
    public String reviewLanding(Placement placement, StudentRef student) {
        return teacherPage(placement) + "&" + STUDENT_PARAMETER + "="
                + java.net.URLEncoder.encode(student.subject(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Steps done of all, and the next step's title, of the student of this launch (nothing is started by asking). */
    @Override
    public Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        if (placement.isProvisional() || !TYPE.equals(placement.getActivity().type())
                || module(placement.getActivity().key(), student.locale()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(progresses.standing(new PlacedModule(placement.getId(), placement.getActivity().key(),
                placement.getTitle(), placement.getScoreMaximum()), student));
    }

    /** The module's content in this language (Danish when the language is not in the pack). */
    public Optional<TeachingModule> module(String key, Locale locale) {
        return curriculum.module(key, locale);
    }

    private static ActivityOffer offer(TeachingModule module) {
        return new ActivityOffer(new ActivityRef(TYPE, module.id()), module.title(), module.summary(),
                module.estimatedMinutes(), module.maxScore(), module.trades());
    }
}
