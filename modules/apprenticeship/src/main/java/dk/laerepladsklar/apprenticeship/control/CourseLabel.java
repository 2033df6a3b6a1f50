package dk.laerepladsklar.apprenticeship.control;

/**
 * How a class is named on the school's pages and in its downloads: the course's title as the LMS sent it, with the
 * course's id in brackets ("Tømrer GF2 2026 (course-8301)"), since two classes may share a title and staff match the
 * id with the LMS; the id alone while no title is known. The title is kept tidied and capped; every page, CSV and PDF
 * escapes it where it is written.
 */
public final class CourseLabel {

    private CourseLabel() {
    }

    public static String of(String title, String courseId) {
        return named(title, courseId) ? title.strip() + " (" + courseId + ")" : courseId;
    }

    /** Whether the label has a title before the id (a title known, and not the id itself). */
    public static boolean named(String title, String courseId) {
        return title != null && !title.isBlank() && !title.strip().equals(courseId);
    }
}
