package dk.laerepladsklar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Courses of the demo LMS as the end-to-end tests use them over real HTTP: a teacher places an activity by Deep
 * Linking, people launch into the course or a placed link, and call the tool's pages and endpoints with their own
 * launch context; the demo gradebook is awaited until the tool's score arrives.
 */
public class DemoCourses {

    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");

    protected final DemoLaunchClient client;
    protected final ToolUnderTest tool;
    private final TusUploads tus;

    /** Someone launched: their cookies, launch context and landing. */
    public record Person(CookieJar jar, String lc, LaunchResult launch) {
        /** The placement the launch landed on. */
        public String placement() {
            return placementOf(launch.landingUrl());
        }
    }

    public DemoCourses(DemoLaunchClient client, ToolUnderTest tool) {
        this.client = client;
        this.tool = tool;
        this.tus = new TusUploads(tool.toolBase());
    }

    /** The placement id in a landing page's address. */
    public static String placementOf(String landingUrl) {
        return landingUrl.replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
    }

    /** A sample file of the media module's tests (a film, a sound, a photo). */
    public static Path sample(String name) {
        return SAMPLES.resolve(name);
    }

    /** A string field of a flat JSON answer. */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    /** The tus client these requests go through (cookies in the person's jar, no redirects followed). */
    public TusUploads tus() {
        return tus;
    }

    /** The course's teacher places the activity with the demo LMS's content picker; the new link's id. */
    public String place(String course, String activity) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(activity)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(activity);
    }

    /** Launches a user through a placed link, in Danish. */
    public Person launchLink(String course, String link, String user) throws Exception {
        return launchLink(course, link, user, "da");
    }

    public Person launchLink(String course, String link, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, locale, true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    /** Launches a user into the course (the tool's landing for their role), in Danish. */
    public Person launch(String course, String user) throws Exception {
        return launch(course, user, "da");
    }

    public Person launch(String course, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, locale, true);
        assertTrue(result.landed(), user + ": " + result.landingUrl() + " " + result.body());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    /** A request to the tool with the person's launch context; {@code body} and {@code type} may be null. */
    public HttpResponse<String> call(Person who, String method, String path, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + withLc(path, who)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return tus.send(request, who.jar());
    }

    /** A form posted as a page posts it (the redirect not followed). */
    public HttpResponse<String> form(Person who, String path, String body) throws Exception {
        return call(who, "POST", path, body, "application/x-www-form-urlencoded");
    }

    /** A page or resource as the demo LMS's client reads it, with the person's launch context. */
    public HttpResponse<String> get(Person who, String path) throws Exception {
        return client.get(tool.toolBase() + withLc(path, who), who.jar());
    }

    /** The HTML of a page, with the person's launch context. */
    public String page(Person who, String path) throws Exception {
        return get(who, path).body();
    }

    /** Bytes from the tool (a recording, a voice), with the person's launch context. */
    public HttpResponse<byte[]> bytes(Person who, String path) throws Exception {
        return tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + withLc(path, who))).GET(), who.jar());
    }

    /** Uploads a file by tus in chunks of this size; the media store's id of it. */
    public String upload(Person who, Map<String, String> metadata, byte[] bytes, int chunk) throws Exception {
        HttpResponse<String> created = tus.create(who.jar(), who.lc(), bytes.length, metadata);
        assertEquals(201, created.statusCode(), created.body());
        String at = tus.uploadUrl(created, who.lc());
        HttpResponse<String> last = null;
        for (int offset = 0; offset < bytes.length; offset += chunk) {
            last = tus.patch(who.jar(), at, offset, bytes, offset, Math.min(chunk, bytes.length - offset));
            assertEquals(204, last.statusCode(), last.body());
        }
        return last.headers().firstValue("Lpk-Media-Id").orElseThrow();
    }

    /** Uploads a file by tus in one chunk; the media store's id of it. */
    public String upload(Person who, Map<String, String> metadata, byte[] bytes) throws Exception {
        return upload(who, metadata, bytes, bytes.length);
    }

    /** The course's demo gradebook once the student has a grade in the link's column (a minute at most). */
    public DemoGradebook awaitGrade(String course, String link, String student) throws Exception {
        DemoGradebook gradebook = poll(course, g -> g.grade(link, student) != null);
        assertNotNull(gradebook.grade(link, student), "no grade arrived: " + gradebook.json());
        return gradebook;
    }

    /** The course's demo gradebook once it is ready (a minute at most). */
    public DemoGradebook awaitGradebook(String course, Predicate<DemoGradebook> ready) throws Exception {
        DemoGradebook gradebook = poll(course, ready);
        assertTrue(ready.test(gradebook), "the gradebook did not get there: " + gradebook.json());
        return gradebook;
    }

    private DemoGradebook poll(String course, Predicate<DemoGradebook> ready) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        while (!ready.test(gradebook) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            gradebook = DemoGradebook.of(client, tool, course);
        }
        return gradebook;
    }

    private static String withLc(String path, Person who) {
        return path + (path.contains("?") ? "&" : "?") + "lc=" + who.lc();
    }
}
