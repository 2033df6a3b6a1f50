package dk.laerepladsklar.kernel.activity;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of activity a teacher can place in a course. Each capability contributes one as an
 * {@code @ApplicationScoped} bean; the core finds them with {@code Instance<ActivityType>}.
 *
 * <p>The shape fits what comes next: a teaching module (steps, auto-scored), a career plan (one per student,
 * reviewed over weeks: it reports {@link ProgressState#AWAITING_REVIEW}), a role-play (attempts assessed by a
 * teacher with a rubric: the score arrives when the teacher assesses), and a job-search week (a dated
 * programme whose progress is the share of its parts done).
 */
public interface ActivityType {

    /** Stable id, used in {@link ActivityRef#type()}, e.g. {@code teaching-module}. */
    String id();

    /** What a teacher can pick, in this language (Danish when the language is not offered). */
    List<ActivityOffer> offers(Locale locale);

    /** One offer by key, if it exists. */
    default Optional<ActivityOffer> offer(String key, Locale locale) {
        return offers(locale).stream().filter(o -> o.ref().key().equals(key)).findFirst();
    }

    /** The application path a student lands on for this placement, e.g. {@code /modules/play.xhtml?placement=…}. */
    String studentPage(Placement placement);

    /** The application path a teacher lands on for this placement. */
    String teacherPage(Placement placement);

    /**
     * Where a reviewer (a teacher, or the student's mentor) lands who opened this student's work from the platform's
     * gradebook (LTI Submission Review). Access is checked before this is asked: the student is of the placement's
     * course and the reviewer may read their work. By default the activity's teacher page; an activity that can show
     * one student's work (a module's overview with the student picked out, a role-play's latest attempt) says so.
     */
    default String reviewLanding(Placement placement, StudentRef student) {
        return teacherPage(placement);
    }

    /**
     * How far the student of this launch is in the placement, counted by the activity (parts done, what is next, in
     * the launch's language), for the student's own page. Empty when the type cannot say; the page then shows the
     * state the class overview keeps.
     */
    default Optional<ActivityStanding> standing(Placement placement, LaunchContext student) {
        return Optional.empty();
    }
}
