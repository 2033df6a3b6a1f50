package dk.laerepladsklar.lti.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the demo LMS puts in {@code lti_message_hint} and reads back at its auth endpoint: which course, and
 * the launch settings chosen on the demo page. Opaque to the tool, which echoes it unchanged.
 */
record LaunchRequestHint(String courseId, String locale, boolean sharesNames) {

    String encode() {
        String raw = courseId + "|" + locale + "|" + (sharesNames ? "1" : "0");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static LaunchRequestHint decode(String hint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(hint), StandardCharsets.UTF_8).split("\\|", -1);
            return new LaunchRequestHint(parts[0], parts[1], "1".equals(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            return null;
        }
    }
}
