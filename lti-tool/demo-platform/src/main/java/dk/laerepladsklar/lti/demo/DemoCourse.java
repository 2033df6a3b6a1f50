package dk.laerepladsklar.lti.demo;

import java.util.List;

/** A course in the demo LMS, with one placed link to the tool. */
public record DemoCourse(String id, String label, String title, DemoPerson teacher, List<DemoPerson> students) {

    public String resourceLinkId() {
        return "link-" + id;
    }
}
