package dk.laerepladsklar.lti.api;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the person a validated launch describes, and nothing a page or a request could add. Small and
 * serializable, so a browser session can hold one per launch.
 *
 * @param displayName the name the platform shared, or null when it shares none
 * @param mentees     the subjects this person mentors ({@code role_scope_mentor}); empty unless they are a mentor
 */
public record Actor(PlatformId platform, String subject, String displayName, Set<Role> roles, Set<String> mentees)
        implements Serializable {

    /** What the schools call the part a person plays in a course; one per actor, from all their roles. */
    public enum Standing {
        /** Works through activities; the only standing whose progress and scores count. */
        STUDENT,
        /** Instructor or teaching assistant: places activities and follows the class. */
        TEACHER,
        CONTENT_DEVELOPER,
        /** The school's administrator (an LMS administrator launching into a course). */
        ADMINISTRATOR,
        /** Follows their own mentees, read-only. */
        MENTOR,
        /** Observer, guest, no role, or a mentor the platform named no mentees for. */
        OTHER
    }

    public Actor {
        Objects.requireNonNull(platform, "platform");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An actor needs a subject");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        mentees = mentees == null || !roles.contains(Role.MENTOR) ? Set.of()
                : Set.copyOf(mentees.stream().filter(m -> m != null && !m.isBlank()).toList());
        displayName = displayName == null || displayName.isBlank() ? null : displayName;
    }

    /**
     * Teaching roles come first (a site administrator is often also an instructor), then the learner; a mentor
     * counts only with mentees, as a mentor without them could see nobody.
     */
    public Standing standing() {
        if (roles.contains(Role.INSTRUCTOR) || roles.contains(Role.TEACHING_ASSISTANT)) {
            return Standing.TEACHER;
        }
        if (roles.contains(Role.ADMINISTRATOR)) {
            return Standing.ADMINISTRATOR;
        }
        if (roles.contains(Role.CONTENT_DEVELOPER)) {
            return Standing.CONTENT_DEVELOPER;
        }
        if (roles.contains(Role.LEARNER)) {
            return Standing.STUDENT;
        }
        return roles.contains(Role.MENTOR) && !mentees.isEmpty() ? Standing.MENTOR : Standing.OTHER;
    }

    /** A teacher, assistant, content developer or administrator: sees the class, places activities. */
    public boolean isStaff() {
        Standing standing = standing();
        return standing == Standing.TEACHER || standing == Standing.ADMINISTRATOR || standing == Standing.CONTENT_DEVELOPER;
    }

    /** Only students make progress and scores; everyone else's tries are previews or not allowed. */
    public boolean isStudent() {
        return standing() == Standing.STUDENT;
    }

    public boolean isMentor() {
        return standing() == Standing.MENTOR;
    }

    public boolean isOther() {
        return standing() == Standing.OTHER;
    }

    /** Whether this actor follows this student as their mentor. */
    public boolean mentors(String studentSubject) {
        return isMentor() && mentees.contains(studentSubject);
    }

    /** A mentor the platform named no mentees for (told so on their page). */
    public boolean isMentorWithoutMentees() {
        return roles.contains(Role.MENTOR) && mentees.isEmpty() && standing() == Standing.OTHER;
    }

    public Optional<String> name() {
        return Optional.ofNullable(displayName);
    }
}
