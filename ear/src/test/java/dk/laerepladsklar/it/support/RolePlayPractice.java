package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's side of the role-play practice over HTTP, as the page's plain forms do it: post the node the page shows
 * and the answer picked to the form's address, and follow the redirect back to the page.
 */
public final class RolePlayPractice {

    private static final Pattern ANSWER_ACTION = Pattern.compile("<form method=\"post\"[^>]*action=\"([^\"]*/answer\\?[^\"]*)\"");
    private static final Pattern AGAIN_ACTION = Pattern.compile("<form method=\"post\"[^>]*action=\"([^\"]*/again\\?[^\"]*)\"");
    private static final Pattern NODE = Pattern.compile("id=\"now-says\"[^>]*data-node=\"([^\"]+)\"");

    private final DemoLaunchClient client;
    private final String toolBase;

    public RolePlayPractice(DemoLaunchClient client, String toolBase) {
        this.client = client;
        this.toolBase = toolBase;
    }

    /** The node the page shows now. */
    public static String nodeOf(String page) {
        Matcher m = NODE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no current node in " + page);
        }
        return m.group(1);
    }

    public static String answerActionOf(String page) {
        return group(ANSWER_ACTION, page);
    }

    public static String againActionOf(String page) {
        return group(AGAIN_ACTION, page);
    }

    /** Posts an answer at a node to the page's form address; the response as it comes (no redirect followed). */
    public HttpResponse<String> post(String action, CookieJar jar, String node, String answer, String text)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        if (node != null) {
            form.put("node", node);
        }
        if (answer != null) {
            form.put("answer", answer);
        }
        if (text != null) {
            form.put("text", text);
        }
        return client.post(toolBase + action, HtmlForm.encode(form), jar);
    }

    /** Answers at the node the page shows and returns the page the redirect leads to. */
    public String answer(String page, CookieJar jar, String answer, String text) throws IOException, InterruptedException {
        HttpResponse<String> posted = post(answerActionOf(page), jar, nodeOf(page), answer, text);
        return follow(posted, jar);
    }

    /** Starts a new try from the finished page. */
    public String again(String page, CookieJar jar) throws IOException, InterruptedException {
        return follow(client.post(toolBase + againActionOf(page), "", jar), jar);
    }

    /** Walks from the page through these answers (own answers as {@code own:words}); the last page. */
    public String walk(String page, CookieJar jar, String... answers) throws IOException, InterruptedException {
        String at = page;
        for (String answer : answers) {
            at = answer.startsWith("own:") ? answer(at, jar, "own", answer.substring(4)) : answer(at, jar, answer, null);
        }
        return at;
    }

    public String follow(HttpResponse<String> posted, CookieJar jar) throws IOException, InterruptedException {
        if (posted.statusCode() != 303) {
            throw new AssertionError("expected a redirect back to the page, got " + posted.statusCode() + ": " + posted.body());
        }
        String location = posted.headers().firstValue("location").orElseThrow();
        String address = location.startsWith("http") ? location : toolBase + location;
        int hash = address.indexOf('#');
        HttpResponse<String> page = client.get(hash < 0 ? address : address.substring(0, hash), jar);
        if (page.statusCode() != 200) {
            throw new AssertionError("the practice page answered " + page.statusCode() + ": " + page.body());
        }
        return page.body();
    }

    private static String group(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + page);
        }
        return m.group(1).replace("&amp;", "&");
    }
}
