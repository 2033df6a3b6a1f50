package dk.laerepladsklar.lti.demo;

import java.util.List;

/**
 * Someone in the demo LMS. {@code id} is what the platform sends as {@code sub}.
 *
 * @param mentees the ids of the students a mentor follows (sent as {@code role_scope_mentor}); empty otherwise
 */
public record DemoPerson(String id, String givenName, String familyName, String email, Kind kind, List<String> mentees) {

    /** The part a person plays in a course, as the LMS sends it. */
    public enum Kind {
        TEACHER,
        STUDENT,
        /** {@code membership#Mentor} with {@code role_scope_mentor}, as Canvas sends its observers. */
        MENTOR,
        /** {@code institution/person#Observer}: may look, takes no part. */
        OBSERVER,
        /**
         * The school's LMS administrator launching into a course, as Moodle sends its site administrators:
         * {@code institution/person#Administrator}, {@code system/person#Administrator} and the course's
         * {@code membership#Instructor}.
         */
        ADMINISTRATOR
    }

    public DemoPerson {
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
    }

    public DemoPerson(String id, String givenName, String familyName, String email, boolean teacher) {
        this(id, givenName, familyName, email, teacher ? Kind.TEACHER : Kind.STUDENT, List.of());
    }

    public boolean teacher() {
        return kind == Kind.TEACHER;
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
