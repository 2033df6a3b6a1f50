package dk.laerepladsklar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The career plan over real HTTP, as its pages do it: a teacher places a career-plan offer by Deep Linking; a
 * student opens it from the LMS and writes and sends through the plan page's JSON calls; a teacher or mentor posts
 * the review forms (which answer with a redirect back to the page).
 */
public final class CareerPlanHttp {

    private final DemoLaunchClient client;
    private final ToolUnderTest tool;
    private final TusUploads http;

    /** Someone who launched: their cookies, their launch context and where they landed. */
    public record Person(CookieJar jar, String lc, LaunchResult launch) {
        public String placement() {
            return launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        }
    }

    public CareerPlanHttp(DemoLaunchClient client, ToolUnderTest tool) {
        this.client = client;
        this.tool = tool;
        this.http = new TusUploads(tool.toolBase());
    }

    /** The course's teacher places the offer ({@code career-plan:plan} or {@code career-plan:plan-sent}); the link. */
    public String place(String course, String offer) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(offer)).statusCode(),
                picker.body());
        return DemoGradebook.of(client, tool, course).linkFor(offer);
    }

    public Person open(String course, String link, String user) throws Exception {
        return open(course, link, user, "da");
    }

    public Person open(String course, String link, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, locale, true);
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    /** The student's call on their plan ({@code /api/careerplan/plans/{placement}...}). */
    public HttpResponse<String> student(Person who, String method, String tail, String body, String type) throws Exception {
        return call(who, method, "/api/careerplan/plans/" + who.placement() + tail, body, type);
    }

    public void write(Person student, String section, String text) throws Exception {
        ok(student(student, "PUT", "/sections/" + section, text, "text/plain;charset=UTF-8"));
    }

    public void step(Person student, String text, String due) throws Exception {
        ok(student(student, "POST", "/steps", form(Map.of("text", text, "due", due)), "application/x-www-form-urlencoded"));
    }

    public void shareSupport(Person student, boolean shared) throws Exception {
        ok(student(student, "PUT", "/support-shared", String.valueOf(shared), "text/plain"));
    }

    public void send(Person student) throws Exception {
        ok(student(student, "POST", "/send", null, null));
    }

    /** A review form posted as the page does; the redirect's {@code Location}. */
    public HttpResponse<String> review(Person who, String placement, String tail, Map<String, String> fields) throws Exception {
        return call(who, "POST", "/api/careerplan/reviews/" + placement + tail, fields == null ? null : form(fields),
                fields == null ? null : "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> get(Person who, String path) throws Exception {
        return client.get(tool.toolBase() + LaunchContextParam.with(path, who.launch().landingUrl()), who.jar());
    }

    public HttpResponse<String> call(Person who, String method, String path, String body, String type) throws Exception {
        String address = tool.toolBase() + path + (who == null ? "" : (path.contains("?") ? "&" : "?") + "lc=" + who.lc());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request, who == null ? new CookieJar() : who.jar());
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
