package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.Role;

/** Who a page or resource is for: the page-level rule; which student's things it shows, {@link Access} decides. */
public enum Audience {
    /** Anyone launched, observers and guests too (help). */
    LAUNCHED,
    /** Students, and staff trying it as a preview. */
    LEARNING,
    /** Teachers, teaching assistants, content developers and administrators. */
    TEACHING,
    /** Staff, and mentors (who see their own mentees, read-only). */
    FOLLOWING,
    /** Anyone who takes part in the course's work: students (their own), staff and mentors (their mentees). */
    TAKING_PART,
    /**
     * The school's LMS administrators (an Administrator role of the launch, as Moodle sends its site administrators and
     * Canvas its account administrators, even when they are also a course's teacher): the school's own settings.
     */
    ADMINISTERING_SCHOOL,
    /**
     * Who follows the whole school: its LMS administrators, and the consultants its administrator named, launched in
     * any role from any course of the school (the caseload of the school, its figures, the profile catalogue). Who is
     * a consultant only the database knows: {@link #admits(Actor, SchoolRoles)}.
     */
    FOLLOWING_SCHOOL;

    /**
     * Whether the actor is of this audience by their launch alone; for {@link #FOLLOWING_SCHOOL} that is its
     * administrators only (its consultants: {@link #admits(Actor, SchoolRoles)}).
     */
    public boolean admits(Actor actor) {
        return switch (this) {
            case LAUNCHED -> true;
            case LEARNING -> actor.isStudent() || actor.isStaff();
            case TEACHING -> actor.isStaff();
            case FOLLOWING -> actor.isStaff() || actor.isMentor();
            case TAKING_PART -> actor.isStudent() || actor.isStaff() || actor.isMentor();
            case ADMINISTERING_SCHOOL, FOLLOWING_SCHOOL -> actor.roles().contains(Role.ADMINISTRATOR);
        };
    }

    /** Whether the actor is of this audience, asking the school's roles only for a school-wide page. */
    public boolean admits(Actor actor, SchoolRoles roles) {
        return admits(actor) || this == FOLLOWING_SCHOOL && roles.isConsultant(actor.platform(), actor.subject());
    }
}
