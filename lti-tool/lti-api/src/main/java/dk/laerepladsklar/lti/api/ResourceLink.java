package dk.laerepladsklar.lti.api;

/** The placement in the course that was launched (absent on a Deep Linking request). */
public record ResourceLink(String id, String title) implements java.io.Serializable {
    public ResourceLink {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A resource link needs an id");
        }
    }
}
