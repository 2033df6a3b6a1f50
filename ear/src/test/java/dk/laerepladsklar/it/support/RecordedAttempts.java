package dk.laerepladsklar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded role-play attempt over real HTTP, as the record and assess pages do it: the first-call role-play placed
 * by Deep Linking, a student's consent, a film answer uploaded by tus and two typed answers, self-assessment and
 * sending; the teacher's levels and feedback, and the release that marks the film assessed in the media store.
 */
public final class RecordedAttempts extends DemoCourses {

    public static final String FIRST_CALL = "role-play:first-call";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** A sent attempt and the id of its film in the media store. */
    public record Sent(String attempt, String film) {
    }

    public RecordedAttempts(DemoLaunchClient client, ToolUnderTest tool) {
        super(client, tool);
    }

    /** The tus metadata of a recording that answers one prompt of an attempt. */
    public static Map<String, String> recordingRef(String attempt, String prompt) {
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("recording"));
        metadata.put("ref", "roleplay:" + attempt + ":" + prompt);
        return metadata;
    }

    /** The course's teacher places the first-call role-play; the link's id. */
    public String place(String course) throws Exception {
        return place(course, FIRST_CALL);
    }

    /** The student consents, films the first answer, types the others, assesses themselves and sends. */
    public Sent recordAndSend(Person student) throws Exception {
        return recordAndSend(student, "Jeg vil gerne lære faget.");
    }

    /** As {@link #recordAndSend(Person)}, with these words for why they call. */
    public Sent recordAndSend(Person student, String why) throws Exception {
        return recordAndSend(student, student.placement(), why);
    }

    /**
     * As {@link #recordAndSend(Person, String)}, in a role-play the launch did not land on: one placed as a part of the
     * launched activity (a job-search week), opened by its id.
     */
    public Sent recordAndSend(Person student, String placement, String why) throws Exception {
        String api = "/api/roleplay/attempts/" + placement;
        String attempt = field(ok(call(student, "POST", api + "/draft", null, null)), "id");
        ok(call(student, "POST", api + "/" + attempt + "/consent", null, null));
        String mediaId = upload(student, recordingRef(attempt, "intro"), Files.readAllBytes(sample("recording.webm")));
        ok(call(student, "PUT", api + "/" + attempt + "/answers/why", why, TEXT));
        ok(call(student, "PUT", api + "/" + attempt + "/answers/next", "Må jeg komme forbi?", TEXT));
        ok(call(student, "PUT", api + "/" + attempt + "/self", "opening=2&clear=4&closing=2", FORM));
        ok(call(student, "POST", api + "/" + attempt + "/send", null, null));
        return new Sent(attempt, mediaId);
    }

    /** The student starts an attempt, consents and types "Mit svar" for every prompt; the attempt's id. Not sent. */
    public String typeAnswers(Person student) throws Exception {
        String api = "/api/roleplay/attempts/" + student.placement();
        String attempt = field(call(student, "POST", api + "/draft", null, null).body(), "id");
        ok(call(student, "POST", api + "/" + attempt + "/consent", null, null));
        for (String prompt : List.of("intro", "why", "next")) {
            ok(call(student, "PUT", api + "/" + attempt + "/answers/" + prompt, "Mit svar", TEXT));
        }
        return attempt;
    }

    /** The teacher scores (8 of 12) with feedback on the opening, and releases. */
    public void assessAndRelease(Person teacher, String attempt, String feedback) throws Exception {
        String base = "/api/roleplay/assessments/" + attempt;
        HttpResponse<String> assessed = form(teacher, base + "/assess", "level.opening=4&level.clear=2&level.closing=2"
                + "&feedback.opening=" + URLEncoder.encode(feedback, StandardCharsets.UTF_8));
        assertTrue(assessed.headers().firstValue("Location").orElse("").endsWith("&saved=1"), assessed.headers().toString());
        HttpResponse<String> released = form(teacher, base + "/release", "");
        assertTrue(released.headers().firstValue("Location").orElse("").endsWith("&saved=1"), released.headers().toString());
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
