package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoPlacements;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Voice answers to reflections and "show your work" in the teaching modules, over real launches and real HTTP: the
 * player offers them, a tus upload to the media store becomes the step's answer, the teacher's overview plays it (with
 * Range), only the student, the course's staff and the student's mentor can read it, bad uploads are refused before or
 * as their first bytes arrive with a clear answer, and the student's export and erasure include them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleMediaIT {

    private static final String MODULE = "personal-branding";
    private static final String REFLECTION = "my-strengths";
    private static final String SHOW_WORK = "show-your-work";
    private static final String TOKEN = "it-admin-token";
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private TusUploads tus;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        tus = new TusUploads(tool.toolBase());
    }

    /** One person launched into a course: their cookies and launch context. */
    record Person(CookieJar jar, String lc) {
    }

    @Test
    void aStudentAnswersByVoiceAndShowsAPhotoAndTheTeacherAndMentorPlayThem() throws Exception {
        Person ali = launch("course-6301", "student-6301-1");
        UUID placement = DemoPlacements.place("course-6301", "teaching-module", MODULE, "Sådan fremstår du", 100);
        String ref = "module:" + placement + ":" + REFLECTION;

        String reflection = page(ali, play(placement, REFLECTION));
        assertTrue(reflection.contains("Svar med din stemme"), reflection);
        assertTrue(reflection.contains("data-purpose=\"module-voice\""), reflection);
        assertTrue(reflection.contains("data-ref=\"" + ref + "\""), reflection);
        assertTrue(reflection.contains("media/media.js"), "the shared recorder script: " + reflection);

        byte[] voice = Files.readAllBytes(SAMPLES.resolve("voice.webm"));
        String first = stored(ali, "module-voice", ref, voice);
        assertEquals(1, count("select count(*) from module_step_progress s join module_progress p on p.id = s.progress_id "
                + "where p.placement_id = ? and s.step_id = ? and s.done and s.voice_media_id = ? and s.reflection_text is null",
                placement, REFLECTION, UUID.fromString(first)), "a voice answer alone answers the reflection");
        String saved = page(ali, play(placement, REFLECTION) + "&saved=voice");
        assertTrue(saved.contains("Dit stemmesvar er gemt."), saved);
        assertTrue(saved.contains("api/media/items/" + first + "?lc=" + ali.lc()), "the student plays it back: " + saved);

        // A retake replaces the first answer, which is deleted from the store.
        String second = stored(ali, "module-voice", ref, Files.readAllBytes(SAMPLES.resolve("voice.ogg")));
        assertEquals(0, count("select count(*) from media_item where id = ?", UUID.fromString(first)), "the old take is gone");
        assertEquals(1, count("select count(*) from module_step_progress where voice_media_id = ?", UUID.fromString(second)));

        // Show your work: a photo, then a caption through the page.
        String work = page(ali, play(placement, SHOW_WORK));
        assertTrue(work.contains("capture=\"environment\""), "the phone's camera: " + work);
        assertFalse(work.contains("image/svg"), "never SVG: " + work);
        assertFalse(work.contains("id=\"task-done\""), "a show-work task is not ticked off: " + work);
        byte[] photo = Files.readAllBytes(SAMPLES.resolve("photo.png"));
        String photoId = stored(ali, "module-work", "module:" + placement + ":" + SHOW_WORK, photo);
        String shown = page(ali, play(placement, SHOW_WORK));
        assertTrue(shown.contains("id=\"work-photo\""), shown);
        String caption = "Et fuglehus, jeg har lavet på værkstedet.";
        String captioned = JsfForms.submit(client, ali.jar(), tool.toolBase(), shown, "player",
                Map.of("work-caption", caption), "save-caption").body();
        assertTrue(captioned.contains("Din tekst er gemt."), captioned);

        // The teacher's module view plays the voice (seeking: a range) and shows the photo with its caption.
        Person teacher = launch("course-6301", "teacher-6301");
        String overview = page(teacher, tool.toolBase() + "/modules/overview.xhtml?placement=" + placement);
        Matcher audio = Pattern.compile("<audio id=\"voice-\\d+-" + REFLECTION + "\"[^>]*src=\"([^\"]+)\"").matcher(overview);
        assertTrue(audio.find(), overview);
        assertTrue(audio.group(1).contains(second) && audio.group(1).contains("lc=" + teacher.lc()), audio.group(1));
        assertTrue(overview.contains("api/media/items/" + photoId), overview);
        assertTrue(overview.contains(caption), overview);
        HttpResponse<byte[]> seek = get(teacher, "/api/media/items/" + second, "bytes=100-199");
        assertEquals(206, seek.statusCode());
        assertEquals(100, seek.body().length);
        HttpResponse<byte[]> image = get(teacher, "/api/media/items/" + photoId, null);
        assertEquals(200, image.statusCode());
        assertArrayEquals(photo, image.body());
        assertEquals("image/png", image.headers().firstValue("content-type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("x-content-type-options").orElse(""));

        Person mentor = launch("course-6301", "mentor-6301");
        assertTrue(page(mentor, tool.toolBase() + "/modules/overview.xhtml?placement=" + placement).contains(second),
                "the student's mentor sees the voice answer");
        assertEquals(200, get(mentor, "/api/media/items/" + second, null).statusCode());

        for (Person other : new Person[] {launch("course-6301", "student-6301-3"), launch("course-6302", "student-6302-1"),
                launch("course-6302", "teacher-6302"), new Person(new CookieJar(), ali.lc())}) {
            assertEquals(404, get(other, "/api/media/items/" + second, null).statusCode(), other.toString());
            assertEquals(404, get(other, "/api/media/items/" + photoId, "bytes=0-9").statusCode(), other.toString());
        }

        // Deleting the only answer: the reflection is not answered any more, and the file is gone.
        String deleted = JsfForms.submit(client, ali.jar(), tool.toolBase(), page(ali, play(placement, REFLECTION)), "player",
                Map.of(), "delete-voice").body();
        assertTrue(deleted.contains("Dit stemmesvar er slettet."), deleted);
        assertEquals(0, count("select count(*) from media_item where id = ?", UUID.fromString(second)));
        assertEquals(0, count("select count(*) from module_step_progress s join module_progress p on p.id = s.progress_id "
                + "where p.placement_id = ? and s.step_id = ? and s.done", placement, REFLECTION));
    }

    @Test
    void badUploadsAreRefusedWithAClearAnswerAndNothingIsKept() throws Exception {
        Person ali = launch("course-6303", "student-6303-1");
        UUID placement = DemoPlacements.place("course-6303", "teaching-module", MODULE, "Sådan fremstår du", 100);
        String voiceRef = "module:" + placement + ":" + REFLECTION;
        String workRef = "module:" + placement + ":" + SHOW_WORK;

        // Before the student has opened the module, nothing can be its answer.
        assertRefused(create(ali, "module-voice", voiceRef, 1000), 403, "MEDIA_NOT_ALLOWED");
        page(ali, play(placement, REFLECTION));

        assertRefused(create(ali, "recording", voiceRef, 1000), 403, "MEDIA_PURPOSE_UNKNOWN"); // another feature's purpose
        assertRefused(create(ali, "module-voice", workRef, 1000), 403, "MEDIA_PURPOSE_UNKNOWN"); // a voice for a photo task
        assertRefused(create(ali, "module-work", voiceRef, 1000), 403, "MEDIA_PURPOSE_UNKNOWN"); // a photo for a reflection
        assertRefused(create(ali, "module-voice", "module:" + placement + ":clean-up", 1000), 403, "MEDIA_PURPOSE_UNKNOWN");
        assertRefused(create(ali, "module-voice", "module:" + placement + ":no-such-step", 1000), 403, "MEDIA_PURPOSE_UNKNOWN");
        assertRefused(create(ali, "module-voice", null, 1000), 403, "MEDIA_NOT_ALLOWED");
        assertRefused(create(ali, "module-voice", "module:" + placement, 1000), 403, "MEDIA_NOT_ALLOWED");
        assertRefused(create(ali, "module-voice", "module:" + UUID.randomUUID() + ":" + REFLECTION, 1000), 403,
                "MEDIA_NOT_ALLOWED");
        assertRefused(create(ali, "module-voice", voiceRef + "x".repeat(300), 1000), 400, "MEDIA_BAD_REQUEST");
        assertRefused(create(ali, "module-voice", voiceRef, 31L * 1024 * 1024), 413, "MEDIA_TOO_LARGE");
        assertRefused(create(ali, "module-work", workRef, 251L * 1024 * 1024), 413, "MEDIA_TOO_LARGE");

        // Another course's module, and the course's mentor and teacher (who only read): refused before the first byte.
        Person elsewhere = launch("course-6304", "student-6304-1");
        assertRefused(create(elsewhere, "module-voice", voiceRef, 1000), 403, "MEDIA_NOT_ALLOWED");
        assertRefused(create(launch("course-6303", "mentor-6303"), "module-voice", voiceRef, 1000), 403, "MEDIA_NOT_ALLOWED");

        // Bytes that are not what the purpose takes, whatever they are called: refused at the first chunk.
        byte[] png = Files.readAllBytes(SAMPLES.resolve("photo.png"));
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] heic = heicHeader();
        Map<String, Object[]> refused = new LinkedHashMap<>();
        refused.put("a photo as a voice answer", new Object[] {"module-voice", voiceRef, png});
        refused.put("a web page as a voice answer", new Object[] {"module-voice", voiceRef, html});
        refused.put("an SVG drawing as a photo", new Object[] {"module-work", workRef, svg});
        refused.put("a web page as a photo", new Object[] {"module-work", workRef, html});
        refused.put("a voice as a photo", new Object[] {"module-work", workRef, Files.readAllBytes(SAMPLES.resolve("voice.ogg"))});
        refused.put("an iPhone HEIC photo (no browser but Safari shows it)", new Object[] {"module-work", workRef, heic});
        for (Map.Entry<String, Object[]> bad : refused.entrySet()) {
            byte[] bytes = (byte[]) bad.getValue()[2];
            HttpResponse<String> created = create(ali, (String) bad.getValue()[0], (String) bad.getValue()[1], bytes.length);
            assertEquals(201, created.statusCode(), bad.getKey() + ": " + created.body());
            HttpResponse<String> sent = tus.patch(ali.jar(), tus.uploadUrl(created, ali.lc()), 0, bytes, 0, bytes.length);
            assertEquals(415, sent.statusCode(), bad.getKey() + ": " + sent.body());
            assertRefused(sent, 415, "MEDIA_TYPE_REFUSED");
        }
        assertEquals(0, count("select count(*) from media_item m where m.platform_id = (select id from lti_platform where "
                + "client_id = 'lpk-demo-client') and m.student_subject = 'student-6303-1'"), "nothing was kept");
        assertEquals(0, count("select count(*) from module_step_progress s join module_progress p on p.id = s.progress_id "
                + "where p.placement_id = ? and s.done", placement), "and nothing counts as answered");
    }

    @Test
    void theStudentsExportHoldsTheirVoiceAnswersAndWorkAndErasureRemovesThem() throws Exception {
        String student = "student-6305-1";
        Person ali = launch("course-6305", student);
        UUID placement = DemoPlacements.place("course-6305", "teaching-module", MODULE, "Sådan fremstår du", 100);
        page(ali, play(placement, REFLECTION));
        byte[] voice = Files.readAllBytes(SAMPLES.resolve("voice.webm"));
        byte[] photo = Files.readAllBytes(SAMPLES.resolve("photo.jpg"));
        String voiceId = stored(ali, "module-voice", "module:" + placement + ":" + REFLECTION, voice);
        String photoId = stored(ali, "module-work", "module:" + placement + ":" + SHOW_WORK, photo);
        String platform = demoPlatformId();

        HttpResponse<byte[]> export = admin("GET", platform, student);
        assertEquals(200, export.statusCode(), new String(export.body(), StandardCharsets.UTF_8));
        Map<String, byte[]> zip = unzip(export.body());
        String json = new String(zip.get("student.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("voice_answer_media_id") && json.contains(voiceId), json);
        assertTrue(json.contains("shown_work_media_id") && json.contains(photoId), json);
        assertArrayEquals(voice, entryEndingWith(zip, voiceId + ".webm"), zip.keySet().toString());
        assertArrayEquals(photo, entryEndingWith(zip, photoId + ".jpg"), zip.keySet().toString());

        HttpResponse<byte[]> erased = admin("DELETE", platform, student);
        assertEquals(200, erased.statusCode(), new String(erased.body(), StandardCharsets.UTF_8));
        assertEquals(0, count("select count(*) from media_item where id in (?, ?)", UUID.fromString(voiceId),
                UUID.fromString(photoId)));
        assertEquals(0, count("select count(*) from module_progress where placement_id = ?", placement));
        Path items = Path.of(System.getProperty("lpk.media-dir", "target/it-media")).resolve("items");
        for (String id : new String[] {voiceId, photoId}) {
            Path file = items.resolve(id.substring(0, 2)).resolve(id);
            for (int i = 0; i < 50 && Files.exists(file); i++) {
                Thread.sleep(100); // removed once the erasure has committed
            }
            assertFalse(Files.exists(file), "the file is deleted: " + file);
        }
    }

    // ---- helpers

    private Person launch(String course, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()));
    }

    private String play(UUID placement, String step) {
        return tool.toolBase() + "/modules/play.xhtml?placement=" + placement + "&step=" + step;
    }

    private String page(Person person, String address) throws Exception {
        HttpResponse<String> response = client.get(address + (address.contains("?") ? "&" : "?") + "lc=" + person.lc(),
                person.jar());
        assertEquals(200, response.statusCode(), address + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> create(Person person, String purpose, String ref, long length) throws Exception {
        Map<String, String> metadata = TusUploads.purpose(purpose);
        if (ref != null) {
            metadata.put("ref", ref);
        }
        return tus.create(person.jar(), person.lc(), length, metadata);
    }

    /** Uploads a whole file in one chunk and returns its media id. */
    private String stored(Person person, String purpose, String ref, byte[] bytes) throws Exception {
        HttpResponse<String> created = create(person, purpose, ref, bytes.length);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> sent = tus.patch(person.jar(), tus.uploadUrl(created, person.lc()), 0, bytes, 0, bytes.length);
        assertEquals(204, sent.statusCode(), sent.body());
        return sent.headers().firstValue("Lpk-Media-Id").orElseThrow(() -> new AssertionError("no media id"));
    }

    private HttpResponse<byte[]> get(Person person, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path
                + (person.lc() == null ? "" : "?lc=" + person.lc()))).timeout(Duration.ofSeconds(30)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return tus.sendBytes(request, person.jar());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, response.headers().firstValue("Lpk-Media-Refused").orElse(""), response.body());
        assertTrue(response.body().contains("\"message\":\""), "a sentence for the student: " + response.body());
    }

    /** The first bytes of an iPhone photo: an ISO media file of brand {@code heic}. */
    private static byte[] heicHeader() {
        byte[] bytes = new byte[512];
        byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static long count(String sql, Object... values) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String demoPlatformId() throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             ResultSet rs = db.createStatement().executeQuery("select id from lti_platform where client_id = 'lpk-demo-client'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private HttpResponse<byte[]> admin(String method, String platform, String subject) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/admin/personal-data/"
                        + platform + "/" + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] entryEndingWith(Map<String, byte[]> zip, String tail) {
        return zip.entrySet().stream().filter(e -> e.getKey().endsWith(tail)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tail + " in " + zip.keySet()));
    }
}
