package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoMembershipsTest {

    @Test
    void theTeacherAndEveryStudentWithShortRoles() {
        DemoDirectory directory = new DemoDirectory();
        directory.resize("course-7", 120);
        DemoCourse course = directory.course("course-7").orElseThrow();

        List<Map<String, Object>> members = DemoMemberships.members(course, null);

        assertEquals(121, members.size());
        assertEquals("teacher-7", members.get(0).get("user_id"));
        assertEquals(List.of("Instructor"), members.get(0).get("roles"));
        assertEquals("student-7-1", members.get(1).get("user_id"));
        assertEquals(List.of("Learner"), members.get(1).get("roles"));
        assertEquals("Active", members.get(1).get("status"));
        assertEquals("student-7-120", members.get(120).get("user_id"));
        assertEquals("Elev 7-120", members.get(120).get("name"));
    }

    @Test
    void filtersByRoleInEitherForm() {
        DemoCourse course = new DemoDirectory().mainCourse();

        assertEquals(4, DemoMemberships.members(course, "Learner").size());
        assertEquals(1, DemoMemberships.members(course, "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor").size());
    }

    @Test
    void generatedCoursesAreTheSameEveryTime() {
        assertEquals(new DemoDirectory().course("course-3"), new DemoDirectory().course("course-3"));
        assertEquals(DemoDirectory.DEFAULT_SIZE, new DemoDirectory().course("course-3").orElseThrow().students().size());
    }

    @Test
    void theContainerNamesTheContext() {
        DemoCourse course = new DemoDirectory().mainCourse();

        Map<String, Object> container = DemoMemberships.container("http://lms/m", course, List.of());

        assertEquals("http://lms/m", container.get("id"));
        assertEquals(Map.of("id", "tomrer-gf2", "label", "TØMRER-GF2-A", "title", "Tømrer GF2 – hold A"), container.get("context"));
    }
}
