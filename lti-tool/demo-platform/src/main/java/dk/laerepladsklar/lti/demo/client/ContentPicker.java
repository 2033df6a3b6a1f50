package dk.laerepladsklar.lti.demo.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The teacher's side of Deep Linking over HTTP: ticks activities on the tool's content picker, sends the
 * choice, and posts the signed answer on to the demo LMS, as the browser's auto-posting form would.
 */
public class ContentPicker {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
    private static final Pattern ACTIVITY = Pattern.compile("\\sdata-activity=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"select\"[^>]*action=\"([^\"]*)\"");

    private final DemoLaunchClient client;
    private final String toolBase;

    public ContentPicker(DemoLaunchClient client, String toolBase) {
        this.client = client;
        this.toolBase = toolBase;
    }

    /**
     * Picks the activities (e.g. {@code teaching-module:networking}) on the picker page and returns the demo
     * LMS's answer to the signed Deep Linking response (a 303 back to its course page when it took it).
     */
    public HttpResponse<String> pick(CookieJar teacher, String pickerPage, List<String> activities)
            throws IOException, InterruptedException {
        HtmlForm signed = choose(teacher, pickerPage, activities);
        return client.post(signed.action(), signed.encoded(), null);
    }

    /**
     * Picks the activities and returns the tool's signed answer without posting it on to the LMS: what happens when
     * the teacher cancels the LMS's dialog after choosing (Moodle's "Add activity" form left unsaved), so the LMS
     * never keeps a link.
     */
    public HtmlForm choose(CookieJar teacher, String pickerPage, List<String> activities)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("select", "select");
        Matcher input = INPUT.matcher(pickerPage);
        while (input.find()) {
            Matcher activity = ACTIVITY.matcher(input.group());
            Matcher name = NAME.matcher(input.group());
            if (activity.find() && name.find() && activities.contains(HtmlForm.unescape(activity.group(1)))) {
                form.put(name.group(1), "on");
            }
        }
        if (form.size() != activities.size() + 1) {
            throw new IOException("The picker does not offer all of " + activities);
        }
        form.put("select:send", "send");
        Matcher state = VIEW_STATE.matcher(pickerPage);
        Matcher action = FORM_ACTION.matcher(pickerPage);
        if (!state.find() || !action.find()) {
            throw new IOException("No picker form in the page");
        }
        form.put("jakarta.faces.ViewState", HtmlForm.unescape(state.group(1).replace("&#58;", ":")));
        String target = HtmlForm.unescape(action.group(1));
        HttpResponse<String> answer = client.post(target.startsWith("http") ? target : toolBase + target,
                HtmlForm.encode(form), teacher);
        if (answer.statusCode() != 200 || !answer.body().contains("id=\"deep-link-return\"")) {
            throw new IOException("The picker did not answer with the signed response: " + answer.statusCode()
                    + " " + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return HtmlForm.parseById(answer.body(), "deep-link-return");
    }
}
