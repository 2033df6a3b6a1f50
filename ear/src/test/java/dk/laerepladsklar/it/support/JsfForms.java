package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts a JSF form of a page over HTTP, as a browser would: its fields, the view state and one button. */
public final class JsfForms {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private JsfForms() {
    }

    /** The name of the submit button in the page that carries {@code data-activity="<activity>"}. */
    public static String buttonFor(String html, String activity) {
        Matcher input = Pattern.compile("<input[^>]*>").matcher(html);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("data-activity=\"" + activity + "\"")) {
                Matcher name = Pattern.compile("\\sname=\"([^\"]+)\"").matcher(tag);
                if (name.find()) {
                    return name.group(1);
                }
            }
        }
        throw new AssertionError("no button for " + activity);
    }

    /** The page's Faces view state, as a form posts it back. */
    public static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new AssertionError("no view state in " + html);
        }
        return state.group(1).replace("&#58;", ":");
    }

    /** Submits form {@code formId} pressing {@code button}; follows a redirect. */
    public static HttpResponse<String> submit(DemoLaunchClient client, CookieJar jar, String toolBase, String html,
                                              String formId, Map<String, String> fields, String button) throws Exception {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
        Matcher state = VIEW_STATE.matcher(html);
        if (!action.find() || !state.find()) {
            throw new AssertionError("no form " + formId + " in " + html);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, button);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        String target = action.group(1).replace("&amp;", "&");
        HttpResponse<String> response = client.post(target.startsWith("http") ? target : toolBase + target,
                HtmlForm.encode(form), jar);
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            String location = response.headers().firstValue("location").orElseThrow();
            return client.get(location.startsWith("http") ? location : toolBase + location, jar);
        }
        return response;
    }
}
