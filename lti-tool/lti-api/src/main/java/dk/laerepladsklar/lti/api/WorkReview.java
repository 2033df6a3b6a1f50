package dk.laerepladsklar.lti.api;

import java.util.Objects;

/**
 * "Open the work of this student": what a submission review launch asks, from the platform's gradebook. The
 * launching user is the reviewer (a teacher, or a mentor of the student); the student is named by the platform's
 * own user id, so the student is always of the launch's platform. Whether the reviewer may see that student's work
 * in this course is the application's question, not the protocol's.
 *
 * @param studentSubject the platform's user id of the student whose work is opened
 * @param lineItemUrl    the gradebook column the teacher opened it from, or null when the platform did not say
 */
public record WorkReview(String studentSubject, String lineItemUrl) {

    public WorkReview {
        Objects.requireNonNull(studentSubject, "student");
        if (studentSubject.isBlank()) {
            throw new IllegalArgumentException("A review names a student");
        }
    }
}
