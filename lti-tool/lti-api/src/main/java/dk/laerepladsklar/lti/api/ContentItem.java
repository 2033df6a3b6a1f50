package dk.laerepladsklar.lti.api;

import java.util.Map;

/**
 * An activity a teacher picked in Deep Linking, returned to the platform as an {@code ltiResourceLink}.
 *
 * @param custom   custom parameters the platform sends back on every launch of the link (which activity)
 * @param lineItem the gradebook column to create with the link, or null for none
 */
public record ContentItem(String title, String text, Map<String, String> custom, LineItemSpec lineItem) {
    public ContentItem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A content item needs a title");
        }
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}
