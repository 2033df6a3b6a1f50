package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.PlatformId;
import java.util.Objects;
import java.util.Optional;

/**
 * One course of one school: course ids are only unique within their platform, so a course is always the pair. Two
 * schools that both have a course "GF2" are two courses.
 */
public record CourseRef(PlatformId platform, String courseId) {

    public CourseRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(courseId, "course id");
    }

    /** The course a placed activity belongs to. */
    public static CourseRef of(Placement placement) {
        return new CourseRef(placement.getPlatform(), placement.getContextId());
    }

    /** The course of a launch, if it came from one. */
    public static Optional<CourseRef> of(LaunchContext launch) {
        return launch.courseIfAny().map(course -> new CourseRef(launch.platform(), course.id()));
    }
}
