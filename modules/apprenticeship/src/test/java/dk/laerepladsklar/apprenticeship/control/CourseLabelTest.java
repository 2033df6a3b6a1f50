package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the school's pages and downloads name a class. */
class CourseLabelTest {

    @Test
    void aClassIsItsTitleWithItsIdOrTheIdAlone() {
        assertEquals("Tømrer GF2 2026 (course-8301)", CourseLabel.of("Tømrer GF2 2026", "course-8301"));
        assertEquals("course-8301", CourseLabel.of(null, "course-8301"));
        assertEquals("course-8301", CourseLabel.of("  ", "course-8301"));
        assertEquals("course-8301", CourseLabel.of("course-8301", "course-8301"), "a title that is the id says it once");
    }
}
