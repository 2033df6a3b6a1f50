package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The people and courses of the demo LMS: one hand-made course to click through ({@value #MAIN_COURSE}), and
 * any number of generated ones for tests and the benchmark.
 *
 * <p>A generated course is any id {@code course-N} (N up to six digits). Its teacher is {@code teacher-N} and
 * its roster (what NRPS answers and the course page lists) is {@code student-N-1} … {@code student-N-S}, made
 * deterministically. S is the course's size: {@value #DEFAULT_SIZE} unless the system property
 * {@code lpk.demo.course-size} says otherwise, and per course settable with
 * {@code POST <issuer>/courses/course-N/size} (form field {@code students}, e.g. 120 to exercise NRPS paging).
 * Any {@code student-K} (K up to seven digits) may also launch in any course, without being on its roster,
 * as the benchmark's launches do. Every course also has a mentor ({@code mentor-N}, mentoring its first two
 * students) and an observer ({@code observer-N}), who are not on the roster. Any {@code admin-K} is the school's LMS
 * administrator (Moodle's site administrator roles) in any course, not on a roster either.
 */
@ApplicationScoped
public class DemoDirectory {

    public static final String MAIN_COURSE = "tomrer-gf2";
    static final int DEFAULT_SIZE = 30;
    static final int MAX_SIZE = 100_000;

    private final DemoCourse main = new DemoCourse(MAIN_COURSE, "TØMRER-GF2-A", "Tømrer GF2 – hold A",
            new DemoPerson("teacher-hanne", "Hanne", "Holm", "hanne.holm@demo-skole.dk", true),
            List.of(new DemoPerson("student-ali", "Ali", "Hassan", "ali.hassan@elev.demo-skole.dk", false),
                    new DemoPerson("student-sofie", "Sofie", "Jensen", "sofie.jensen@elev.demo-skole.dk", false),
                    new DemoPerson("student-mikkel", "Mikkel", "Nielsen", "mikkel.nielsen@elev.demo-skole.dk", false),
                    new DemoPerson("student-emma", "Emma", "Larsen", "emma.larsen@elev.demo-skole.dk", false)),
            List.of(new DemoPerson("mentor-bente", "Bente", "Bak", "bente.bak@mester.demo.dk", DemoPerson.Kind.MENTOR,
                            List.of("student-ali", "student-sofie")),
                    new DemoPerson("observer-karin", "Karin", "Kvist", "karin.kvist@demo-skole.dk", DemoPerson.Kind.OBSERVER,
                            List.of())));

    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    public DemoCourse mainCourse() {
        return main;
    }

    public Optional<DemoCourse> course(String id) {
        if (MAIN_COURSE.equals(id)) {
            return Optional.of(main);
        }
        if (isGenerated(id)) {
            String n = id.substring("course-".length());
            List<DemoPerson> students = IntStream.rangeClosed(1, size(id)).mapToObj(k -> generatedStudent(n, k)).toList();
            List<String> mentees = students.stream().limit(2).map(DemoPerson::id).toList();
            return Optional.of(new DemoCourse(id, "HOLD-" + n, "Hold " + n,
                    new DemoPerson("teacher-" + n, "Lærer", n, "teacher-" + n + "@demo-skole.dk", true), students,
                    List.of(new DemoPerson("mentor-" + n, "Mentor", n, "mentor-" + n + "@demo.dk", DemoPerson.Kind.MENTOR, mentees),
                            new DemoPerson("observer-" + n, "Observatør", n, "observer-" + n + "@demo.dk",
                                    DemoPerson.Kind.OBSERVER, List.of()))));
        }
        return Optional.empty();
    }

    /** Sets how many students a generated course has. */
    public void resize(String courseId, int students) {
        if (!isGenerated(courseId) || students < 0 || students > MAX_SIZE) {
            throw new IllegalArgumentException("only a generated course can be resized, to 0.." + MAX_SIZE);
        }
        sizes.put(courseId, students);
    }

    /** A person of the course: its teacher, a student, its mentor or observer, or any {@code student-K} (not on the roster). */
    public Optional<DemoPerson> person(DemoCourse course, String id) {
        if (course.teacher().id().equals(id)) {
            return Optional.of(course.teacher());
        }
        Optional<DemoPerson> listed = java.util.stream.Stream.concat(course.students().stream(), course.visitors().stream())
                .filter(p -> p.id().equals(id)).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        if (id != null && id.matches("admin-\\d{1,7}")) {
            return Optional.of(new DemoPerson(id, "Administrator", id.substring("admin-".length()), id + "@demo-skole.dk",
                    DemoPerson.Kind.ADMINISTRATOR, List.of()));
        }
        if (id != null && id.matches("student-\\d{1,7}")) {
            String n = id.substring("student-".length());
            return Optional.of(new DemoPerson(id, "Elev", n, id + "@elev.demo-skole.dk", false));
        }
        return Optional.empty();
    }

    private int size(String courseId) {
        Integer size = sizes.get(courseId);
        if (size != null) {
            return size;
        }
        try {
            return Math.max(0, Math.min(MAX_SIZE, Integer.parseInt(System.getProperty("lpk.demo.course-size",
                    String.valueOf(DEFAULT_SIZE)))));
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }

    static boolean isGenerated(String id) {
        return id != null && id.matches("course-\\d{1,6}");
    }

    private static DemoPerson generatedStudent(String courseNumber, int k) {
        String id = "student-" + courseNumber + "-" + k;
        return new DemoPerson(id, "Elev", courseNumber + "-" + k, id + "@elev.demo-skole.dk", false);
    }
}
