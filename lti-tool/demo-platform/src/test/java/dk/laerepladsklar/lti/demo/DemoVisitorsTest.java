package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every demo course has a mentor of its first two students and an observer, who launch but are not on the roster. */
class DemoVisitorsTest {

    private final DemoDirectory directory = new DemoDirectory();

    @Test
    void theHandMadeCourseHasBenteAsMentorOfAliAndSofieAndKarinAsObserver() {
        DemoCourse course = directory.mainCourse();

        DemoPerson mentor = directory.person(course, "mentor-bente").orElseThrow();
        DemoPerson observer = directory.person(course, "observer-karin").orElseThrow();

        assertEquals(List.of("student-ali", "student-sofie"), mentor.mentees());
        assertEquals(List.of(DemoIdTokens.MENTOR), DemoIdTokens.roles(mentor));
        assertEquals(List.of(DemoIdTokens.OBSERVER), DemoIdTokens.roles(observer));
        assertTrue(observer.mentees().isEmpty());
    }

    @Test
    void aGeneratedCoursesMentorFollowsItsFirstTwoStudents() {
        DemoCourse course = directory.course("course-42").orElseThrow();

        assertEquals(List.of("student-42-1", "student-42-2"), directory.person(course, "mentor-42").orElseThrow().mentees());
        assertEquals(DemoPerson.Kind.OBSERVER, directory.person(course, "observer-42").orElseThrow().kind());
        assertTrue(directory.person(course, "mentor-43").isEmpty(), "another course's mentor is not in this one");
    }

    @Test
    void visitorsAreNotOnTheRoster() {
        DemoCourse course = directory.mainCourse();

        assertTrue(DemoMemberships.members(course, null).stream()
                .noneMatch(m -> m.get("user_id").toString().startsWith("mentor-") || m.get("user_id").toString().startsWith("observer-")));
    }

    @Test
    void teachersAndStudentsKeepTheirRoles() {
        DemoCourse course = directory.mainCourse();
        assertEquals(List.of(DemoIdTokens.INSTRUCTOR), DemoIdTokens.roles(course.teacher()));
        assertEquals(List.of(DemoIdTokens.LEARNER), DemoIdTokens.roles(course.students().get(0)));
    }
}
