package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.ServerHeap;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media store on WildFly and PostgreSQL, over real launches and real HTTP: resumable tus uploads (200 MB in 5 MB
 * chunks with the server's heap measured, and a connection dropped mid-chunk), playback with Range, who may play a
 * recording, the retention job, and every kind of bad upload refused with a clear answer and nothing half-stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaStoreIT {

    private static final int MB = 1024 * 1024;
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");
    private static final Path MEDIA_DIR = Path.of(System.getProperty("lpk.media-dir", "target/it-media"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform otherSchool;
    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private TusUploads tus;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void registerAnotherSchool() {
        otherSchool = TestPlatform.start("media-school").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopTheOtherSchool() {
        otherSchool.close();
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        tus = new TusUploads(tool.toolBase());
    }

    /** One person launched into a course: their cookies and launch context. */
    record Person(CookieJar jar, String lc) {
    }

    private Person launch(String course, String user, String locale) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, locale, true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()));
    }

    @Test
    void a200MbRecordingUploadsIn5MbChunksWithTheServerHeapStayingSmall() throws Exception {
        Person ali = launch("course-9101", "student-9101-1", "da");
        Path file = MEDIA_DIR.getParent().resolve("it-upload-200mb.webm");
        String sha = writeRecording(file, 200L * MB);
        long size = Files.size(file);
        ServerHeap heap = ServerHeap.find();
        double before = heap.liveMb();
        double limit = heap.maxMb();
        AtomicBoolean uploading = new AtomicBoolean(true);
        AtomicLong peakUsedK = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (uploading.get()) {
                try {
                    peakUsedK.accumulateAndGet((long) (heap.usedMb() * 1024), Math::max);
                    Thread.sleep(300);
                } catch (Exception e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        HttpResponse<String> created = tus.create(ali.jar(), ali.lc(), size, TusUploads.purpose("recording"));
        assertEquals(201, created.statusCode(), created.body());
        String upload = tus.uploadUrl(created, ali.lc());
        sampler.start();
        double liveMidway = -1;
        HttpResponse<String> last = null;
        byte[] chunk = new byte[5 * MB];
        try (InputStream in = Files.newInputStream(file)) {
            long offset = 0;
            while (offset < size) {
                int n = in.readNBytes(chunk, 0, chunk.length);
                last = tus.patch(ali.jar(), upload, offset, chunk, 0, n);
                assertEquals(204, last.statusCode(), last.body());
                offset += n;
                assertEquals(String.valueOf(offset), last.headers().firstValue("Upload-Offset").orElse(""));
                if (liveMidway < 0 && offset >= size / 2) {
                    liveMidway = heap.liveMb(); // 100 MB in: held in memory, it would show here
                }
            }
        } finally {
            uploading.set(false);
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String id = last.headers().firstValue("Lpk-Media-Id").orElseThrow(() -> new AssertionError("no media id"));
        double after = heap.liveMb();
        String figures = String.format("200 MB upload in 5 MB chunks: %.1f s (%.1f MB/s); server heap (max %.0f MB): live "
                        + "before %.1f MB, live halfway %.1f MB, live after %.1f MB, peak in use (with garbage) %.1f MB",
                seconds, size / (double) MB / seconds, limit, before, liveMidway, after, peakUsedK.get() / 1024.0);
        System.out.println(figures);
        Files.writeString(MEDIA_DIR.getParent().resolve("media-upload-figures.txt"), figures + System.lineSeparator());
        assertTrue(liveMidway - before < 64, "the upload is not held in memory: " + figures);
        assertTrue(peakUsedK.get() / 1024.0 < limit, figures);

        assertEquals(size, Files.size(itemFile(id)));
        assertEquals(sha, sha256(Files.newInputStream(itemFile(id))), "the stored file is the file sent");
        HttpResponse<InputStream> played = get(ali, "/api/media/items/" + id, null);
        assertEquals(200, played.statusCode());
        assertEquals(sha, sha256(played.body()), "and it plays back byte for byte");
        assertEquals(1, rows("select count(*) from media_item where id = ? and size_bytes = ? and content_type = 'video/webm'"
                + " and purpose = 'recording'", UUID.fromString(id), size));
        assertEquals(404, tus.head(ali.jar(), upload).statusCode(), "the finished upload is gone from the uploads");
        Files.delete(file);
        // 200 MB per run is too much to leave in target/: the row and the file go (the port's delete is tested below).
        update("delete from media_item where id = ?", UUID.fromString(id));
        Files.delete(itemFile(id));
    }

    @Test
    void aConnectionDroppedInTheMiddleOfAChunkResumesFromTheServersOffset() throws Exception {
        Person ali = launch("course-9102", "student-9102-1", "da");
        Path file = MEDIA_DIR.getParent().resolve("it-upload-resume.webm");
        String sha = writeRecording(file, 12L * MB);
        long size = Files.size(file);
        HttpResponse<String> created = tus.create(ali.jar(), ali.lc(), size, TusUploads.purpose("recording"));
        assertEquals(201, created.statusCode(), created.body());
        String upload = tus.uploadUrl(created, ali.lc());
        byte[] all = Files.readAllBytes(file);
        assertEquals(204, tus.patch(ali.jar(), upload, 0, all, 0, 4 * MB).statusCode());
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(4L * MB);
            tus.patchAndDrop(ali.jar(), upload, 4L * MB, in, 5L * MB, 2L * MB + 12345);
        }
        long offset = -1;
        // while the server still finishes the broken request the upload is busy (423) or at its old offset; on a loaded
        // machine noticing the dropped connection can take well over ten seconds, so the deadline is generous
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> head = tus.head(ali.jar(), upload);
            assertTrue(head.statusCode() == 204 || head.statusCode() == 200 || head.statusCode() == 423, "HEAD " + head.statusCode());
            if (head.statusCode() != 423) {
                offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
                if (offset != 4L * MB) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        assertTrue(offset > 4L * MB && offset <= 6L * MB + 12345, "the server kept what arrived: " + offset);
        HttpResponse<String> stale = tus.patch(ali.jar(), upload, 4L * MB, all, 4 * MB, MB);
        assertEquals(409, stale.statusCode(), "a chunk at the old offset is refused");
        assertTrue(stale.body().contains("MEDIA_OFFSET_CONFLICT"), stale.body());
        HttpResponse<String> rest = null;
        while (offset < size) {
            int n = (int) Math.min(5L * MB, size - offset);
            rest = tus.patch(ali.jar(), upload, offset, all, (int) offset, n);
            assertEquals(204, rest.statusCode(), rest.body());
            offset += n;
        }
        String id = rest.headers().firstValue("Lpk-Media-Id").orElseThrow();
        assertEquals(sha, sha256(Files.newInputStream(itemFile(id))), "resumed, the file is whole and unchanged");
        Files.delete(file);
    }

    @Test
    void playbackStreamsRangesSeeksToTheEndAndRefusesRangesPastIt() throws Exception {
        Person ali = launch("course-9103", "student-9103-1", "da");
        byte[] recording = Files.readAllBytes(SAMPLES.resolve("recording.webm"));
        String id = upload(ali, "recording", recording);
        String path = "/api/media/items/" + id;
        HttpResponse<InputStream> whole = get(ali, path, null);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(recording, whole.body().readAllBytes());
        assertEquals("video/webm", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertEquals("nosniff", whole.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(whole.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
        assertTrue(whole.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertTrue(whole.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));

        HttpResponse<InputStream> first = get(ali, path, "bytes=0-99");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-99/" + recording.length, first.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(recording, 0, 100), first.body().readAllBytes());

        HttpResponse<InputStream> middle = get(ali, path, "bytes=5000-");
        assertEquals(206, middle.statusCode());
        assertArrayEquals(Arrays.copyOfRange(recording, 5000, recording.length), middle.body().readAllBytes());

        HttpResponse<InputStream> end = get(ali, path, "bytes=-100");
        assertEquals(206, end.statusCode(), "seeking to the end");
        assertEquals("bytes " + (recording.length - 100) + "-" + (recording.length - 1) + "/" + recording.length,
                end.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(recording, recording.length - 100, recording.length), end.body().readAllBytes());

        HttpResponse<InputStream> past = get(ali, path, "bytes=" + recording.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + recording.length, past.headers().firstValue("Content-Range").orElse(""));
        assertEquals(0, past.body().readAllBytes().length);

        HttpResponse<InputStream> garbage = get(ali, path, "bytes=banana");
        assertEquals(200, garbage.statusCode(), "a Range that is not one is ignored, as RFC 9110 says");
        assertEquals(recording.length, garbage.body().readAllBytes().length);

        HttpResponse<InputStream> voice = get(ali, "/api/media/items/" + upload(ali, "voice-answer",
                Files.readAllBytes(SAMPLES.resolve("voice.wav"))), "bytes=0-3");
        assertEquals(206, voice.statusCode());
        assertEquals("audio/wav", voice.headers().firstValue("Content-Type").orElse(""));
        assertEquals("RIFF", new String(voice.body().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aRecordingIsPlayedOnlyByItsStudentTheirTeacherAndTheirMentor() throws Exception {
        Person ali = launch("course-9104", "student-9104-1", "da");
        byte[] recording = Files.readAllBytes(SAMPLES.resolve("recording.mp4"));
        String path = "/api/media/items/" + upload(ali, "recording", recording);

        Map<String, Person> allowed = Map.of(
                "the student", ali,
                "the teacher", launch("course-9104", "teacher-9104", "da"),
                "the student's mentor", launch("course-9104", "mentor-9104", "da"));
        for (Map.Entry<String, Person> person : allowed.entrySet()) {
            HttpResponse<InputStream> response = get(person.getValue(), path, null);
            assertEquals(200, response.statusCode(), person.getKey());
            assertArrayEquals(recording, response.body().readAllBytes(), person.getKey());
        }
        Map<String, Person> refused = new java.util.LinkedHashMap<>();
        refused.put("a classmate", launch("course-9104", "student-9104-3", "da"));
        refused.put("a student of another course", launch("course-9105", "student-9105-1", "da"));
        refused.put("a teacher of another course", launch("course-9105", "teacher-9105", "da"));
        refused.put("an observer of the course", launch("course-9104", "observer-9104", "da"));
        LtiBrowser foreign = LtiBrowser.at(url);
        for (Map.Entry<String, String> other : Map.of("student-9104-1", "student", "teacher-9104", "teacher").entrySet()) {
            LtiBrowser.Login login = foreign.login(otherSchool, other.getKey());
            var claims = "student".equals(other.getValue()) ? otherSchool.learner("course-9104")
                    : otherSchool.instructor("course-9104");
            LaunchResult launched = foreign.launch(login, claims.with("sub", other.getKey()).forLogin(login)
                    .signedBy(otherSchool.key()));
            assertTrue(launched.landed(), launched.landingUrl());
            refused.put("a " + other.getValue() + " of another school with the same ids",
                    new Person(login.cookies(), LaunchContextParam.of(launched.landingUrl())));
        }
        refused.put("someone without a launch", new Person(new CookieJar(), null));
        // The same student (an id the demo LMS knows in every course) in another course of the same school.
        Person inOneCourse = launch("course-9104", "student-91041", "da");
        String thereOnly = "/api/media/items/" + upload(inOneCourse, "recording", recording);
        assertEquals(200, get(inOneCourse, thereOnly, null).statusCode());
        assertEquals(404, get(launch("course-9105", "student-91041", "da"), thereOnly, null).statusCode(),
                "the same student in another course");
        refused.put("another session with the student's launch id", new Person(new CookieJar(), ali.lc()));
        for (Map.Entry<String, Person> person : refused.entrySet()) {
            for (String range : new String[] {null, "bytes=0-99"}) {
                HttpResponse<InputStream> response = get(person.getValue(), path, range);
                byte[] body = response.body().readAllBytes();
                assertTrue(response.statusCode() == 404 || response.statusCode() == 403, person.getKey() + ": "
                        + response.statusCode());
                assertFalse(contains(body, Arrays.copyOfRange(recording, 0, 64)), person.getKey() + " got bytes");
            }
        }

        // An upload in progress is its owner's alone: a classmate can neither see its offset nor add to it.
        HttpResponse<String> created = tus.create(ali.jar(), ali.lc(), recording.length, TusUploads.purpose("recording"));
        String upload = tus.uploadUrl(created, ali.lc());
        Person classmate = refused.get("a classmate");
        String theirs = upload.replace(ali.lc(), classmate.lc());
        assertEquals(404, tus.head(classmate.jar(), theirs).statusCode());
        assertEquals(404, tus.patch(classmate.jar(), theirs, 0, recording, 0, recording.length).statusCode());
        assertEquals(0L, tus.offset(ali.jar(), upload), "nothing was added by the classmate");
        Person mentor = allowed.get("the student's mentor");
        HttpResponse<String> byMentor = tus.create(mentor.jar(), mentor.lc(), 10, TusUploads.purpose("recording"));
        assertEquals(403, byMentor.statusCode(), "mentors only watch");
        assertTrue(byMentor.body().contains("MEDIA_NOT_ALLOWED"), byMentor.body());
    }

    @Test
    void theRetentionJobDeletesAnExpiredRecordingsRowAndFile() throws Exception {
        Person ali = launch("course-9106", "student-9106-1", "da");
        String expired = upload(ali, "voice-answer", Files.readAllBytes(SAMPLES.resolve("voice.ogg")));
        String kept = upload(ali, "voice-answer", Files.readAllBytes(SAMPLES.resolve("voice.m4a")));
        String undated = upload(ali, "show-work", Files.readAllBytes(SAMPLES.resolve("photo.jpg")));
        assertTrue(Files.isRegularFile(itemFile(expired)));
        // As the owning feature sets it through the port: assessed 91 days ago (90 days' retention), or next month.
        update("update media_item set retain_until = now() - interval '1 day' where id = ?", UUID.fromString(expired));
        update("update media_item set retain_until = now() + interval '30 days' where id = ?", UUID.fromString(kept));
        for (int i = 0; i < 150 && rows("select count(*) from media_item where id = ?", UUID.fromString(expired)) > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, rows("select count(*) from media_item where id = ?", UUID.fromString(expired)), "the row is gone");
        for (int i = 0; i < 50 && Files.exists(itemFile(expired)); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(itemFile(expired)), "the file is gone");
        assertEquals(404, get(ali, "/api/media/items/" + expired, null).statusCode());
        assertEquals(1, rows("select count(*) from media_item where id = ?", UUID.fromString(kept)));
        assertEquals(1, rows("select count(*) from media_item where id = ?", UUID.fromString(undated)));
        assertTrue(Files.isRegularFile(itemFile(kept)) && Files.isRegularFile(itemFile(undated)));
    }

    @Test
    void badUploadsGetAClearAnswerAndNothingHalfStoredIsVisible() throws Exception {
        Person ali = launch("course-9107", "student-9107-1", "da");
        Person english = launch("course-9107", "student-9107-2", "en");
        byte[] wav = Files.readAllBytes(SAMPLES.resolve("voice.wav"));
        long itemsBefore = itemFiles();

        assertRefused(tus.create(null, null, 100, TusUploads.purpose("recording")), 401, "MEDIA_NO_LAUNCH", "Åbn");
        assertRefused(tus.create(ali.jar(), ali.lc(), 100, TusUploads.purpose("holiday-photos")), 400,
                "MEDIA_PURPOSE_UNKNOWN", "bruges til");
        assertRefused(tus.create(ali.jar(), ali.lc(), 100, Map.of()), 400, "MEDIA_PURPOSE_UNKNOWN", "bruges til");
        assertRefused(tus.create(ali.jar(), ali.lc(), 301L * MB, TusUploads.purpose("recording")), 413,
                "MEDIA_TOO_LARGE", "for stor");
        assertRefused(tus.create(english.jar(), english.lc(), 51L * MB, TusUploads.purpose("voice-answer")), 413,
                "MEDIA_TOO_LARGE", "too big");
        assertRefused(tus.create(ali.jar(), ali.lc(), 0, TusUploads.purpose("recording")), 400, "MEDIA_EMPTY", "tom");
        String base = tool.toolBase() + TusUploads.PATH + "?lc=" + ali.lc();
        assertRefused(tus.send(HttpRequest.newBuilder(URI.create(base)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "ten").header("Upload-Metadata", TusUploads.metadata(Map.of("purpose", "recording")))
                .POST(HttpRequest.BodyPublishers.noBody()), ali.jar()), 400, "MEDIA_LENGTH_MISSING", "hvor stor");
        assertRefused(tus.send(HttpRequest.newBuilder(URI.create(base)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "100").header("Upload-Metadata", "purpose %%%,,")
                .POST(HttpRequest.BodyPublishers.noBody()), ali.jar()), 400, "MEDIA_BAD_REQUEST", "Prøv igen");
        assertRefused(tus.send(HttpRequest.newBuilder(URI.create(base)).header("Upload-Length", "100")
                .header("Upload-Metadata", TusUploads.metadata(Map.of("purpose", "recording")))
                .POST(HttpRequest.BodyPublishers.noBody()), ali.jar()), 412, "MEDIA_PROTOCOL", "browser");

        // Wrong offset, wrong body type, an unknown upload.
        HttpResponse<String> created = tus.create(ali.jar(), ali.lc(), wav.length, TusUploads.purpose("voice-answer"));
        String upload = tus.uploadUrl(created, ali.lc());
        assertRefused(tus.patch(ali.jar(), upload, 100, wav, 0, 10), 409, "MEDIA_OFFSET_CONFLICT", "afbrudt");
        assertRefused(tus.send(HttpRequest.newBuilder(URI.create(upload)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0").header("Content-Type", "text/html")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(wav)), ali.jar()), 406, "MEDIA_PROTOCOL", "browser");
        assertRefused(tus.patch(ali.jar(), tool.toolBase() + TusUploads.PATH + "/" + UUID.randomUUID() + "?lc=" + ali.lc(),
                0, wav, 0, 10), 404, "MEDIA_UPLOAD_UNKNOWN", "forfra");
        assertEquals(0L, tus.offset(ali.jar(), upload), "nothing was appended by the refused chunks");
        HttpResponse<String> tooMuch = tus.patch(ali.jar(), upload, 0, concat(wav, new byte[4096]), 0, wav.length + 4096);
        assertTrue(tooMuch.statusCode() >= 400 && tooMuch.statusCode() < 500, "more than announced: " + tooMuch.statusCode());

        // An HTML page, a drawing and a script named as media: refused by their bytes, the upload dropped.
        for (String hostile : List.of("page-renamed.webm", "drawing-renamed.png", "script-renamed.mp4")) {
            byte[] bytes = Files.readAllBytes(SAMPLES.resolve(hostile));
            HttpResponse<String> made = tus.create(ali.jar(), ali.lc(), bytes.length, TusUploads.purpose("recording"));
            assertEquals(201, made.statusCode(), made.body());
            String theirs = tus.uploadUrl(made, ali.lc());
            assertRefused(tus.patch(ali.jar(), theirs, 0, bytes, 0, bytes.length), 415, "MEDIA_TYPE_REFUSED", "ikke en lyd");
            assertEquals(404, tus.head(ali.jar(), theirs).statusCode(), hostile + ": the upload is gone");
        }
        byte[] photo = Files.readAllBytes(SAMPLES.resolve("photo.png"));
        HttpResponse<String> photoAsVoice = tus.create(english.jar(), english.lc(), photo.length, TusUploads.purpose("voice-answer"));
        assertRefused(tus.patch(english.jar(), tus.uploadUrl(photoAsVoice, english.lc()), 0, photo, 0, photo.length), 415,
                "MEDIA_TYPE_REFUSED", "not a sound");

        assertEquals(0, rows("select count(*) from media_item where student_subject in (?, ?)", "student-9107-1",
                "student-9107-2"), "no row for anything refused");
        assertEquals(itemsBefore, itemFiles(), "no stored file for anything refused");
        try (Stream<Path> parts = Files.list(MEDIA_DIR.resolve("incoming"))) {
            assertEquals(0, parts.count(), "nothing half-written left");
        }
        assertEquals(404, get(ali, "/api/media/items/not-an-id", null).statusCode());
        assertEquals(404, get(ali, "/api/media/items/" + UUID.randomUUID(), null).statusCode());
    }

    @Test
    void aStudentsRecordingsAreInTheirExportAndGoneWithTheirErasure() throws Exception {
        Person ali = launch("course-9108", "student-9108-1", "da");
        Person other = launch("course-9108", "student-9108-2", "da");
        byte[] recording = Files.readAllBytes(SAMPLES.resolve("recording.webm"));
        byte[] voice = Files.readAllBytes(SAMPLES.resolve("voice.wav"));
        String video = upload(ali, "recording", recording);
        String sound = upload(ali, "voice-answer", voice);
        String others = upload(other, "recording", recording);
        String platform;
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select platform_id from media_item where id = ?")) {
            query.setObject(1, UUID.fromString(video));
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next());
                platform = result.getString(1);
            }
        }
        URI api = URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/student-9108-1");
        HttpResponse<byte[]> export = http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer it-admin-token")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        Map<String, byte[]> zip = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.put(entry.getName(), in.readAllBytes());
            }
        }
        assertArrayEquals(recording, zip.get("files/media/recording/" + video + ".webm"), zip.keySet().toString());
        assertArrayEquals(voice, zip.get("files/media/voice-answer/" + sound + ".wav"), zip.keySet().toString());
        String json = new String(zip.get("student.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains(video) && json.contains(sound) && json.contains("\"retain_until\""), json);
        assertFalse(json.contains(others), "not another student's recording");

        HttpResponse<String> erased = http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer it-admin-token")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("\"media\":2"), erased.body());
        assertEquals(0, rows("select count(*) from media_item where student_subject = ?", "student-9108-1"));
        assertFalse(Files.exists(itemFile(video)) || Files.exists(itemFile(sound)), "the files are gone");
        assertTrue(Files.isRegularFile(itemFile(others)), "the other student's recording stays");
        assertEquals(206, get(other, "/api/media/items/" + others, "bytes=0-9").statusCode(), "and still plays");
    }

    private void assertRefused(HttpResponse<String> response, int status, String code, String words) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains(words), "a message in the launch's language: " + response.body());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** Uploads a whole file in one chunk; its media id. */
    private String upload(Person person, String purpose, byte[] bytes) throws Exception {
        HttpResponse<String> created = tus.create(person.jar(), person.lc(), bytes.length, TusUploads.purpose(purpose));
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> done = tus.patch(person.jar(), tus.uploadUrl(created, person.lc()), 0, bytes, 0, bytes.length);
        assertEquals(204, done.statusCode(), done.body());
        return done.headers().firstValue("Lpk-Media-Id").orElseThrow();
    }

    private HttpResponse<InputStream> get(Person person, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path
                + (person.lc() == null ? "" : "?lc=" + person.lc()))).timeout(Duration.ofMinutes(2)).GET();
        String cookies = person.jar().header();
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static Path itemFile(String id) {
        return MEDIA_DIR.resolve("items").resolve(id.substring(0, 2)).resolve(id);
    }

    private static long itemFiles() throws IOException {
        if (!Files.isDirectory(MEDIA_DIR.resolve("items"))) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(MEDIA_DIR.resolve("items"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A file that starts as a real WebM recording and goes on with noise up to {@code size}; its SHA-256. */
    private static String writeRecording(Path file, long size) throws Exception {
        byte[] head = Files.readAllBytes(SAMPLES.resolve("recording.webm"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        SplittableRandom random = new SplittableRandom(size);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            sha.update(head);
            byte[] block = new byte[MB];
            for (long left = size - head.length; left > 0; left -= block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long r = random.nextLong();
                    for (int j = 0; j < 8; j++) {
                        block[i + j] = (byte) (r >>> (8 * j));
                    }
                }
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                sha.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buffer = new byte[MB];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static long rows(String sql, Object... values) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void update(String sql, Object... values) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            assertEquals(1, query.executeUpdate());
        }
    }
}
