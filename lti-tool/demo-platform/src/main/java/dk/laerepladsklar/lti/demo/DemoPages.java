package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The demo LMS's HTML: its course page, its auto-posting forms and its error page. */
@ApplicationScoped
public class DemoPages {

    private static final String BUNDLE = "dk.laerepladsklar.lti.demo.messages";

    ResourceBundle text(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** A page that posts a form at once, as platforms do between the steps of a launch. */
    public Response autoPost(String action, Map<String, String> fields, Locale locale) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> {
            if (value != null) {
                inputs.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
                        .append(escape(value)).append("\">");
            }
        });
        String html = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body><form id="autopost" method="post" action="%s">%s<noscript><button type="submit">%s</button></noscript></form>
                <script>document.getElementById('autopost').submit();</script></body></html>
                """.formatted(locale.getLanguage(), escape(text(locale).getString("autopost.title")), escape(action),
                inputs, escape(text(locale).getString("autopost.continue")));
        return html(200, html);
    }

    public Response autoPost(String action, String idToken, String state, Locale locale) {
        return autoPost(action, new java.util.LinkedHashMap<>(Map.of("id_token", idToken, "state", state)), locale);
    }

    public Response error(String key) {
        return error(key, Locale.forLanguageTag("da"), null);
    }

    /** A 400 page saying what went wrong, with a short technical reason (e.g. why a tool's answer was refused). */
    public Response error(String key, Locale locale, String reason) {
        ResourceBundle text = text(locale);
        String detail = reason == null ? "" : "<p><code id=\"demo-error-reason\">" + escape(reason) + "</code></p>";
        String html = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>Demo-LMS</title></head>
                <body><h1>Demo-LMS</h1><p id="demo-error">%s</p>%s</body></html>
                """.formatted(locale.getLanguage(), escape(text.getString(key)), detail);
        return html(400, html);
    }

    /** The language of a page: English when asked for, else Danish. */
    static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("da");
    }

    /**
     * An HTML page. The body goes out as bytes: RESTEasy escapes a String body of a 400 HTML answer (its
     * message sanitizer), which would turn the demo's error pages into visible markup.
     */
    static Response html(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(html.getBytes(StandardCharsets.UTF_8)).build();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
