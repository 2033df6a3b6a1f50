package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import java.util.Objects;

/**
 * Who a file belongs to and what it is for, before it is stored.
 *
 * @param owner     the student whose work it is (the one who may change it; staff of the course and their mentor read it)
 * @param course    the course it was made in, on the owner's platform
 * @param purpose   what it was uploaded for
 * @param reference the owning feature's reference (an attempt, a step), at most 200 characters; null when none yet
 */
public record NewMedia(StudentRef owner, CourseRef course, MediaPurpose purpose, String reference) {

    public static final int MAX_REFERENCE = 200;

    public NewMedia {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(purpose, "purpose");
        if (!owner.platform().equals(course.platform())) {
            throw new IllegalArgumentException("A student's media belong to a course of their own school");
        }
        if (reference != null && (reference.length() > MAX_REFERENCE || reference.codePoints().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("Not a reference");
        }
    }
}
