package dk.laerepladsklar.lti.demo.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An auto-posting form read from a page: its action and hidden fields. */
public record HtmlForm(String action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

    public static HtmlForm parse(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("No form in the page: " + html.substring(0, Math.min(300, html.length())));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            fields.put(unescape(input.group(1)), unescape(input.group(2)));
        }
        return new HtmlForm(unescape(form.group(1)), fields);
    }

    /** The form with this id (a page may have several). */
    public static HtmlForm parseById(String html, String id) {
        int start = html.indexOf("<form id=\"" + id + "\"");
        if (start < 0) {
            throw new IllegalStateException("No form " + id + " in the page");
        }
        int end = html.indexOf("</form>", start);
        return parse(html.substring(start, end < 0 ? html.length() : end));
    }

    public String encoded() {
        return encode(fields);
    }

    public HtmlForm with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new HtmlForm(action, copy);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }
}
