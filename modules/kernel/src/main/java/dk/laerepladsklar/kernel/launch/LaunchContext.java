package dk.laerepladsklar.kernel.launch;

import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one launch established, as its pages need it: who acts, on which platform, in which course and link, in
 * which language, and which placed activity it opened. Small and serializable on purpose: no claims, no custom
 * parameters, nothing a page could add.
 *
 * @param id          the context id the pages carry; random, meaningful only inside the session that holds it
 * @param launchId    the launch's id (a Deep Linking answer is signed for exactly this launch)
 * @param course      null when the launch came from outside a course
 * @param link        null for a Deep Linking request
 * @param gradebook   the launch's AGS endpoints, or null
 * @param rosterUrl   the NRPS membership URL, or null
 * @param placementId the placed activity the launch opened (or a teacher chose since), or null
 */
public record LaunchContext(String id, UUID launchId, LaunchKind kind, Actor actor, LtiContext course, ResourceLink link,
                            Locale locale, GradebookAccess gradebook, String rosterUrl, UUID placementId)
        implements Serializable {

    public LaunchContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(launchId, "launch id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        locale = locale == null ? Launch.DANISH : locale;
    }

    static LaunchContext of(String id, Launch launch, UUID placementId) {
        return new LaunchContext(id, launch.id(), launch.kind(), launch.actor(), launch.context(), launch.resourceLink(),
                launch.locale(), launch.gradebook(), launch.rosterUrl(), placementId);
    }

    public PlatformId platform() {
        return actor.platform();
    }

    public Optional<LtiContext> courseIfAny() {
        return Optional.ofNullable(course);
    }

    public Optional<UUID> placement() {
        return Optional.ofNullable(placementId);
    }

    /** Whether this launch came from this course of this platform. */
    public boolean isIn(PlatformId platform, String courseId) {
        return course != null && platform().equals(platform) && course.id().equals(courseId);
    }

    /** The same launch under another id: a window the launch was handed over to keeps it under an id of its own. */
    LaunchContext withId(String newId) {
        return new LaunchContext(newId, launchId, kind, actor, course, link, locale, gradebook, rosterUrl, placementId);
    }

    public LaunchContext withPlacement(UUID placement) {
        return new LaunchContext(id, launchId, kind, actor, course, link, locale, gradebook, rosterUrl, placement);
    }
}
