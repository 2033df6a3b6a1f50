package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.lti.api.Actor;

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
    TAKING_PART;

    public boolean admits(Actor actor) {
        return switch (this) {
            case LAUNCHED -> true;
            case LEARNING -> actor.isStudent() || actor.isStaff();
            case TEACHING -> actor.isStaff();
            case FOLLOWING -> actor.isStaff() || actor.isMentor();
            case TAKING_PART -> actor.isStudent() || actor.isStaff() || actor.isMentor();
        };
    }
}
