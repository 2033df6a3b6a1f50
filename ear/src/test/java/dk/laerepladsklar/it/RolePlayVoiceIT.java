package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A teacher's recorded voice for a line of the other person, over HTTP through the demo LMS on WildFly with
 * PostgreSQL: the teacher uploads a sound through the media store; a student, a teacher of another course, a photo and a
 * line the scenario does not have are refused; the practice page plays the voice (the words still shown) instead of
 * reading the line aloud; students of the course may hear it, students of another course may not; taken away, the line
 * is read aloud again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolePlayVoiceIT {

    private static final String FIRST_CALL = "role-play:first-call";
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private TusUploads tus;

    record Person(CookieJar jar, String lc, LaunchResult launch) {
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        tus = new TusUploads(tool.toolBase());
    }

    @Test
    void aTeachersVoiceForALineIsHeardByTheClassInsteadOfReadAloud() throws Exception {
        String course = "course-6411";
        String link = place(course);
        Person hanne = launchLink(course, link, "teacher-6411");
        String placement = hanne.launch().landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        assertTrue(hanne.launch().body().contains("id=\"edit-voices\""), "the overview links the voices page");
        String voicesPage = page(hanne, "/roleplay/voices.xhtml?placement=" + placement);
        assertTrue(voicesPage.contains("id=\"line-opening\"") && voicesPage.contains("id=\"line-node-hello\""), voicesPage);
        assertTrue(voicesPage.contains("data-voice=\"none\""), voicesPage);

        byte[] voice = Files.readAllBytes(SAMPLES.resolve("voice.ogg"));
        byte[] photo = Files.readAllBytes(SAMPLES.resolve("photo.png"));

        // a student, a teacher of another course, an unknown line, a reference that only looks right: refused at once
        Person sara = launchLink(course, link, "student-6411-1");
        assertRefused(tus.create(sara.jar(), sara.lc(), voice.length, ref(placement, "node-hello")), "MEDIA_NOT_ALLOWED");
        Person stranger = launch("course-6412", "teacher-6412");
        assertRefused(tus.create(stranger.jar(), stranger.lc(), voice.length, ref(placement, "node-hello")), "MEDIA_NOT_ALLOWED");
        assertRefused(tus.create(hanne.jar(), hanne.lc(), voice.length, ref(placement, "node-nope")), "MEDIA_NOT_ALLOWED");
        assertRefused(tus.create(hanne.jar(), hanne.lc(), voice.length, ref("not-a-placement", "node-hello")), "MEDIA_NOT_ALLOWED");
        Map<String, String> wrongPurpose = new LinkedHashMap<>(TusUploads.purpose("recording"));
        wrongPurpose.put("ref", "roleplay-voice:" + placement + ":node-hello");
        assertRefused(tus.create(hanne.jar(), hanne.lc(), voice.length, wrongPurpose), "MEDIA_NOT_ALLOWED");
        // a photo is not a voice: the store refuses it on its bytes (a webm or mp4 may hold sound alone, so those pass)
        HttpResponse<String> photoCreated = tus.create(hanne.jar(), hanne.lc(), photo.length, ref(placement, "node-hello"));
        assertEquals(201, photoCreated.statusCode(), photoCreated.body());
        HttpResponse<String> photoSent = tus.patch(hanne.jar(), tus.uploadUrl(photoCreated, hanne.lc()), 0, photo, 0, photo.length);
        assertEquals(415, photoSent.statusCode(), photoSent.body());
        assertTrue(photoSent.body().contains("MEDIA_TYPE_REFUSED"), photoSent.body());
        assertEquals(List.of("0"), db("select count(*) from roleplay_placement_voice where placement_id = ?::uuid", placement));

        // the teacher's voice for the master's first line
        String mediaId = upload(hanne, ref(placement, "node-hello"), voice);
        assertEquals(List.of(mediaId), db("select media_id from roleplay_placement_voice where placement_id = ?::uuid", placement));
        voicesPage = page(hanne, "/roleplay/voices.xhtml?placement=" + placement + "&saved=1");
        assertTrue(voicesPage.contains("data-voice=\"teacher\"") && voicesPage.contains("/api/media/items/" + mediaId), voicesPage);

        // the practice page plays it, the words still shown, and does not read that line aloud
        String practice = page(sara, "/roleplay/practice.xhtml?placement=" + placement);
        assertTrue(practice.contains("id=\"voice-now\"") && practice.contains("/api/media/items/" + mediaId), practice);
        assertTrue(practice.contains("data-voice=\"true\""), practice);
        assertFalse(practice.matches("(?s).*id=\"now-says\" class=\"[^\"]*lpk-readable.*"), "no read-aloud of a voiced line");
        assertTrue(practice.contains("Ja, det er Lone."), "the words stay as captions");
        // the recorded attempt's opening has no voice: read aloud as before
        String record = page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertFalse(record.contains("id=\"voice-opening\""), record);

        // who may hear it: the course's students (and staff), not another course's
        HttpResponse<byte[]> heard = get(sara, "/api/media/items/" + mediaId);
        assertEquals(200, heard.statusCode());
        assertEquals(voice.length, heard.body().length);
        assertTrue(heard.headers().firstValue("Content-Type").orElse("").startsWith("audio/"), heard.headers().toString());
        Person ali = launch(course, "student-6411-2");
        assertEquals(200, get(ali, "/api/media/items/" + mediaId).statusCode());
        Person otherStudent = launch("course-6412", "student-6412-1");
        assertEquals(404, get(otherStudent, "/api/media/items/" + mediaId).statusCode());
        assertEquals(404, get(stranger, "/api/media/items/" + mediaId).statusCode());

        // a new take replaces the old (deleted); taken away, the line is read aloud again
        String second = upload(hanne, ref(placement, "node-hello"), voice);
        assertEquals(List.of("0"), db("select count(*) from media_item where id = ?::uuid", mediaId));
        assertEquals(404, form(sara, "/api/roleplay/voices/" + placement + "/node-hello/remove").statusCode(),
                "a student cannot take it away");
        HttpResponse<String> removed = form(hanne, "/api/roleplay/voices/" + placement + "/node-hello/remove");
        assertEquals(303, removed.statusCode());
        assertTrue(removed.headers().firstValue("Location").orElse("").endsWith("&removed=1"));
        assertEquals(List.of("0"), db("select count(*) from roleplay_placement_voice where placement_id = ?::uuid", placement));
        assertEquals(404, get(sara, "/api/media/items/" + second).statusCode());
        practice = page(sara, "/roleplay/practice.xhtml?placement=" + placement);
        assertFalse(practice.contains("id=\"voice-now\""), practice);
        assertTrue(practice.matches("(?s).*id=\"now-says\" class=\"[^\"]*lpk-readable.*"), "read aloud again");
    }

    // ---- helpers

    private static Map<String, String> ref(String placement, String line) {
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("roleplay-voice"));
        metadata.put("ref", "roleplay-voice:" + placement + ":" + line);
        return metadata;
    }

    private String upload(Person who, Map<String, String> metadata, byte[] bytes) throws Exception {
        HttpResponse<String> created = tus.create(who.jar(), who.lc(), bytes.length, metadata);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> last = tus.patch(who.jar(), tus.uploadUrl(created, who.lc()), 0, bytes, 0, bytes.length);
        assertEquals(204, last.statusCode(), last.body());
        return last.headers().firstValue("Lpk-Media-Id").orElseThrow();
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains(code), response.body());
    }

    private String place(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(FIRST_CALL)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(FIRST_CALL);
    }

    private Person launchLink(String course, String link, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private Person launch(String course, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private String page(Person who, String path) throws Exception {
        return client.get(tool.toolBase() + path + (path.contains("?") ? "&" : "?") + "lc=" + who.lc(), who.jar()).body();
    }

    private HttpResponse<byte[]> get(Person who, String path) throws Exception {
        return tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc())).GET(), who.jar());
    }

    private HttpResponse<String> form(Person who, String path) throws Exception {
        return tus.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")), who.jar());
    }

    private static List<String> db(String sql, String id) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
