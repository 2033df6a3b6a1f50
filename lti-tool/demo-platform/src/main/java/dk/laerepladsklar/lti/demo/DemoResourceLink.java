package dk.laerepladsklar.lti.demo;

import java.util.Map;

/**
 * A link to a tool placed in a course. Every course has a default link ({@code link-<course>}) that any tool
 * can be launched through; Deep Linking places more ({@code link-<course>-<n>}), each tied to the tool that
 * placed it and carrying the custom parameters the tool asked for.
 *
 * @param clientId the tool that placed the link, or null for the course's default link
 */
public record DemoResourceLink(String id, String courseId, String clientId, String title, String text,
                               Map<String, String> custom) {

    public DemoResourceLink {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    static DemoResourceLink defaultOf(DemoCourse course) {
        return new DemoResourceLink(course.resourceLinkId(), course.id(), null, "Lærepladsklar", null, Map.of());
    }

    /** Whether this link may be launched with the tool {@code clientId}. */
    boolean launchableBy(String clientId) {
        return this.clientId == null || this.clientId.equals(clientId);
    }
}
