package dk.laerepladsklar.lti.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A launch that passed every check: who, where, in which role and language. This is all a capability
 * learns from LTI.
 *
 * @param id             unique per launch; lets a deep-linking answer or a page find its launch again
 * @param deploymentId   the platform's deployment the launch came through
 * @param custom         custom parameters of the link (e.g. which activity to open)
 * @param gradebook      AGS endpoints, if the platform granted them
 * @param rosterUrl      the NRPS membership URL, if the platform granted it
 * @param mentees        the subjects a mentor mentors ({@code role_scope_mentor}); empty for everyone else
 * @param review         whose work to open, for a {@link LaunchKind#SUBMISSION_REVIEW} launch; null otherwise
 */
public record Launch(UUID id,
                     LaunchKind kind,
                     LtiUser user,
                     LtiContext context,
                     ResourceLink resourceLink,
                     Set<Role> roles,
                     Locale locale,
                     String deploymentId,
                     Map<String, String> custom,
                     GradebookAccess gradebook,
                     String rosterUrl,
                     Set<String> mentees,
                     WorkReview review) {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    public Launch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        locale = locale == null ? DANISH : locale;
        custom = custom == null ? Map.of() : Map.copyOf(custom);
        mentees = mentees == null ? Set.of() : Set.copyOf(mentees);
        if (kind == LaunchKind.RESOURCE_LINK && resourceLink == null) {
            throw new IllegalArgumentException("A resource link launch needs a resource link");
        }
        if ((kind == LaunchKind.SUBMISSION_REVIEW) != (review != null)) {
            throw new IllegalArgumentException("A submission review launch, and only that, names whose work to review");
        }
    }

    /** A launch that reviews no one's work. */
    public Launch(UUID id, LaunchKind kind, LtiUser user, LtiContext context, ResourceLink resourceLink, Set<Role> roles,
                  Locale locale, String deploymentId, Map<String, String> custom, GradebookAccess gradebook,
                  String rosterUrl, Set<String> mentees) {
        this(id, kind, user, context, resourceLink, roles, locale, deploymentId, custom, gradebook, rosterUrl, mentees, null);
    }

    /** A launch of someone who mentors no one. */
    public Launch(UUID id, LaunchKind kind, LtiUser user, LtiContext context, ResourceLink resourceLink, Set<Role> roles,
                  Locale locale, String deploymentId, Map<String, String> custom, GradebookAccess gradebook,
                  String rosterUrl) {
        this(id, kind, user, context, resourceLink, roles, locale, deploymentId, custom, gradebook, rosterUrl, Set.of(), null);
    }

    /** Who is acting, as this launch says; the one source of an {@link Actor}. */
    public Actor actor() {
        return new Actor(user.platform(), user.subject(), user.displayName().orElse(null), roles, mentees);
    }

    public PlatformId platform() {
        return user.platform();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A teacher, assistant, content developer or administrator. */
    public boolean isStaff() {
        return actor().isStaff();
    }

    public Optional<LtiContext> contextIfAny() {
        return Optional.ofNullable(context);
    }

    public Optional<WorkReview> reviewIfAny() {
        return Optional.ofNullable(review);
    }

    public Optional<GradebookAccess> gradebookIfAny() {
        return Optional.ofNullable(gradebook);
    }
}
