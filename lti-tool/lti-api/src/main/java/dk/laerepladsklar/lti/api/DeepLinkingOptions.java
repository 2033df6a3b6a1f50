package dk.laerepladsklar.lti.api;

/** What the platform accepts back from a Deep Linking request. */
public record DeepLinkingOptions(boolean acceptsMultiple, boolean acceptsResourceLinks, boolean acceptsLineItems,
                                 String title) implements java.io.Serializable {
}
