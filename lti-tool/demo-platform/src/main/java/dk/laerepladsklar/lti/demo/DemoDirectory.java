package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The people and courses of the demo LMS: one hand-made course to click through, and any number of
 * generated ones ({@code course-N} with {@code student-N} and {@code teacher-N}) for tests and the benchmark.
 */
@ApplicationScoped
public class DemoDirectory {

    public static final String MAIN_COURSE = "tomrer-gf2";

    private final DemoCourse main = new DemoCourse(MAIN_COURSE, "TØMRER-GF2-A", "Tømrer GF2 – hold A",
            new DemoPerson("teacher-hanne", "Hanne", "Holm", "hanne.holm@demo-skole.dk", true),
            List.of(new DemoPerson("student-ali", "Ali", "Hassan", "ali.hassan@elev.demo-skole.dk", false),
                    new DemoPerson("student-sofie", "Sofie", "Jensen", "sofie.jensen@elev.demo-skole.dk", false),
                    new DemoPerson("student-mikkel", "Mikkel", "Nielsen", "mikkel.nielsen@elev.demo-skole.dk", false),
                    new DemoPerson("student-emma", "Emma", "Larsen", "emma.larsen@elev.demo-skole.dk", false)));

    public DemoCourse mainCourse() {
        return main;
    }

    public Optional<DemoCourse> course(String id) {
        if (MAIN_COURSE.equals(id)) {
            return Optional.of(main);
        }
        if (id != null && id.matches("course-\\d{1,6}")) {
            String n = id.substring("course-".length());
            return Optional.of(new DemoCourse(id, "HOLD-" + n, "Hold " + n,
                    new DemoPerson("teacher-" + n, "Lærer", n, "teacher-" + n + "@demo-skole.dk", true), List.of()));
        }
        return Optional.empty();
    }

    /** A person of the course: its teacher, one of its students, or a generated student. */
    public Optional<DemoPerson> person(DemoCourse course, String id) {
        if (course.teacher().id().equals(id)) {
            return Optional.of(course.teacher());
        }
        Optional<DemoPerson> listed = course.students().stream().filter(p -> p.id().equals(id)).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        if (id != null && id.matches("student-\\d{1,7}")) {
            String n = id.substring("student-".length());
            return Optional.of(new DemoPerson(id, "Elev", n, id + "@elev.demo-skole.dk", false));
        }
        return Optional.empty();
    }
}
