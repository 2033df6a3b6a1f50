package dk.laerepladsklar.media.boundary;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The answers the media endpoints give when they refuse: a status, a symbolic code for clients and logs, and a
 * sentence in the launch's language (Danish or English) a recorder page can show as it is.
 */
final class MediaAnswers {

    static final String BUNDLE = "dk.laerepladsklar.media.messages";

    private MediaAnswers() {
    }

    static String text(Locale locale, String code) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString("media.refused." + code);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, locale).getString("media.refused.MEDIA_BAD_REQUEST");
        }
    }

    static void refuse(HttpServletResponse response, int status, String code, Locale locale) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setHeader("Tus-Resumable", Uploads.TUS_VERSION);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Lpk-Media-Refused", code);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = Json.createObjectBuilder().add("code", code).add("message", text(locale, code)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
