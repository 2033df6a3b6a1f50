package dk.laerepladsklar.lti.demo;

import java.util.List;

/**
 * A course in the demo LMS, with one placed link to the tool.
 *
 * @param visitors a mentor (of the first two students) and an observer: on the course page, not on the roster
 */
public record DemoCourse(String id, String label, String title, DemoPerson teacher, List<DemoPerson> students,
                         List<DemoPerson> visitors) {

    public DemoCourse {
        students = List.copyOf(students);
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
    }

    public String resourceLinkId() {
        return "link-" + id;
    }
}
