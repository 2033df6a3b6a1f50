package dk.laerepladsklar.lti.api;

import java.util.Map;

/** A form the browser must post at once (e.g. the signed Deep Linking response to the platform). */
public record AutoPost(String url, Map<String, String> fields) implements java.io.Serializable {
    public AutoPost {
        fields = Map.copyOf(fields);
    }
}
