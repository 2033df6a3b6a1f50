package dk.laerepladsklar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded role-play attempt over real HTTP, as the record and assess pages do it: the first-call role-play placed
 * by Deep Linking, a student's consent, a film answer uploaded by tus and two typed answers, self-assessment and
 * sending; the teacher's levels and feedback, and the release that marks the film assessed in the media store.
 */
public final class RecordedAttempts {

    public static final String FIRST_CALL = "role-play:first-call";
    private static final Path FILM = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples/recording.webm");

    private final DemoLaunchClient client;
    private final ToolUnderTest tool;
    private final TusUploads tus;

    /** Someone launched: their cookies, launch context and landing. */
    public record Person(CookieJar jar, String lc, LaunchResult launch) {
        public String placement() {
            return launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        }
    }

    /** A sent attempt and the id of its film in the media store. */
    public record Sent(String attempt, String film) {
    }

    public RecordedAttempts(DemoLaunchClient client, ToolUnderTest tool) {
        this.client = client;
        this.tool = tool;
        this.tus = new TusUploads(tool.toolBase());
    }

    /** The course's teacher places the first-call role-play; the link's id. */
    public String place(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(FIRST_CALL)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(FIRST_CALL);
    }

    public Person launchLink(String course, String link, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, locale, true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    public Person launch(String course, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, locale, true);
        assertTrue(result.landed(), user + ": " + result.landingUrl() + " " + result.body());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    /** The student consents, films the first answer, types the others, assesses themselves and sends. */
    public Sent recordAndSend(Person student) throws Exception {
        String api = "/api/roleplay/attempts/" + student.placement();
        String attempt = field(ok(call(student, "POST", api + "/draft", null, null)), "id");
        ok(call(student, "POST", api + "/" + attempt + "/consent", null, null));
        byte[] film = Files.readAllBytes(FILM);
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("recording"));
        metadata.put("ref", "roleplay:" + attempt + ":intro");
        HttpResponse<String> created = tus.create(student.jar(), student.lc(), film.length, metadata);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> last = tus.patch(student.jar(), tus.uploadUrl(created, student.lc()), 0, film, 0, film.length);
        assertEquals(204, last.statusCode(), last.body());
        String mediaId = last.headers().firstValue("Lpk-Media-Id").orElseThrow();
        ok(call(student, "PUT", api + "/" + attempt + "/answers/why", "Jeg vil gerne lære faget.", "text/plain;charset=UTF-8"));
        ok(call(student, "PUT", api + "/" + attempt + "/answers/next", "Må jeg komme forbi?", "text/plain;charset=UTF-8"));
        ok(call(student, "PUT", api + "/" + attempt + "/self", "opening=2&clear=4&closing=2", "application/x-www-form-urlencoded"));
        ok(call(student, "POST", api + "/" + attempt + "/send", null, null));
        return new Sent(attempt, mediaId);
    }

    /** The teacher scores (8 of 12) with feedback on the opening, and releases. */
    public void assessAndRelease(Person teacher, String attempt, String feedback) throws Exception {
        String base = "/api/roleplay/assessments/" + attempt;
        HttpResponse<String> assessed = call(teacher, "POST", base + "/assess", "level.opening=4&level.clear=2&level.closing=2"
                + "&feedback.opening=" + URLEncoder.encode(feedback, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertTrue(assessed.headers().firstValue("Location").orElse("").endsWith("&saved=1"), assessed.headers().toString());
        HttpResponse<String> released = call(teacher, "POST", base + "/release", "", "application/x-www-form-urlencoded");
        assertTrue(released.headers().firstValue("Location").orElse("").endsWith("&saved=1"), released.headers().toString());
    }

    public HttpResponse<String> call(Person who, String method, String path, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return tus.send(request, who.jar());
    }

    public HttpResponse<String> get(Person who, String path) throws Exception {
        return client.get(tool.toolBase() + LaunchContextParam.with(path, who.launch().landingUrl()), who.jar());
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
