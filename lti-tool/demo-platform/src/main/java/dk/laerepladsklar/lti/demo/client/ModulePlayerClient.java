package dk.laerepladsklar.lti.demo.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a student through one of the tool's teaching modules over HTTP, as a browser would post the player's
 * JSF form: reads each step, answers the quiz, writes the reflection, ticks off or uploads the task, and goes
 * on until the module is done. For tests and the benchmark; it knows the player's element ids.
 */
public class ModulePlayerClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"player\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern MULTIPART = Pattern.compile("<form id=\"player\"[^>]*enctype=\"multipart/form-data\"");
    private static final Pattern OPTION = Pattern.compile("id=\"option-([a-z0-9-]+?)-([a-z0-9]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http;
    private final String toolBase;

    public ModulePlayerClient(HttpClient http, String toolBase) {
        this.http = http;
        this.toolBase = toolBase;
    }

    /**
     * Works through the whole module a launch opened.
     *
     * @param playerUrl the player's address as the launch landed on it (it carries the launch's context)
     * @param answer    picks the option id to answer for a question id (e.g. always the first: {@code q -> "a"})
     * @return the finished page
     */
    public String complete(CookieJar browser, String playerUrl, Function<String, String> answer)
            throws IOException, InterruptedException {
        String page = play(browser, open(browser, playerUrl), answer, 40);
        if (!page.contains("id=\"completed\"")) {
            throw new IOException("The module did not end within 40 steps");
        }
        return page;
    }

    /** The player's first page, as a launch landed on it. */
    public String open(CookieJar browser, String playerUrl) throws IOException, InterruptedException {
        return get(playerUrl.startsWith("http") ? playerUrl : toolBase + playerUrl, browser);
    }

    /**
     * Works through at most {@code steps} steps from {@code page} (each step's tasks, then "next"), stopping early
     * when the module is done: a test can leave a student part way and finish later.
     *
     * @return the page the student is on afterwards
     */
    public String play(CookieJar browser, String page, Function<String, String> answer, int steps)
            throws IOException, InterruptedException {
        for (int step = 0; step < steps; step++) {
            if (page.contains("id=\"completed\"")) {
                return page;
            }
            if (page.contains("id=\"reflection-text\"") && !page.contains("id=\"reflection-saved\"")) {
                page = submit(page, "save-reflection", Map.of("reflection-text", "Jeg vil ringe til tre mestre i næste uge."), browser);
            }
            if (page.contains("id=\"task-done\"") && !page.contains("id=\"task-confirmed\"")) {
                page = submit(page, "task-done", Map.of(), browser);
            }
            if (page.contains("id=\"upload-file\"") && !page.contains("id=\"uploaded-file\"")) {
                page = upload(page, browser);
            }
            Set<String> questions = new LinkedHashSet<>();
            Matcher option = OPTION.matcher(page);
            while (option.find()) {
                questions.add(option.group(1));
            }
            for (String question : questions) {
                page = submit(page, "option-" + question + "-" + answer.apply(question), Map.of(), browser);
            }
            page = submit(page, "next", Map.of(), browser);
        }
        return page;
    }

    private String get(String address, CookieJar browser) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(address)).GET(), browser);
        return follow(response, browser);
    }

    private String follow(HttpResponse<String> response, CookieJar browser) throws IOException, InterruptedException {
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            String location = response.headers().firstValue("location").orElseThrow();
            return get(location.startsWith("http") ? location : toolBase + location, browser);
        }
        if (response.statusCode() != 200) {
            throw new IOException("The player answered " + response.statusCode());
        }
        return response.body();
    }

    private String submit(String page, String button, Map<String, String> fields, CookieJar browser)
            throws IOException, InterruptedException {
        if (MULTIPART.matcher(page).find()) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put(button, button);
            return multipart(page, all, null, browser);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("player", "player");
        form.putAll(fields);
        form.put(button, button);
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(action(page)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(HtmlForm.encode(form)));
        return follow(send(request, browser), browser);
    }

    private String upload(String page, CookieJar browser) throws IOException, InterruptedException {
        return multipart(page, Map.of("upload", "upload"), PDF, browser);
    }

    /** Posts the player form as multipart (its encoding on steps with a file field), with a PDF if given. */
    private String multipart(String page, Map<String, String> extra, byte[] pdf, CookieJar browser)
            throws IOException, InterruptedException {
        String boundary = "----lpk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("player", "player");
        fields.putAll(extra);
        fields.put("jakarta.faces.ViewState", viewState(page));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (pdf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload-file\"; filename=\"cv.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(pdf);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(action(page)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return follow(send(request, browser), browser);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, CookieJar browser) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30));
        if (browser.header() != null) {
            request.header("Cookie", browser.header());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        browser.receive(response.headers());
        return response;
    }

    private static String viewState(String page) throws IOException {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IOException("No view state in the player page");
        }
        return HtmlForm.unescape(m.group(1).replace("&#58;", ":"));
    }

    private String action(String page) throws IOException {
        Matcher m = FORM_ACTION.matcher(page);
        if (!m.find()) {
            throw new IOException("No player form in the page");
        }
        String action = HtmlForm.unescape(m.group(1));
        return action.startsWith("http") ? action : toolBase + action;
    }
}
