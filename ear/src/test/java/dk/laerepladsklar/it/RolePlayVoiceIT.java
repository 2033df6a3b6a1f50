package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.RecordedAttempts.FIRST_CALL;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.TusUploads;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A teacher's recorded voice for a line of the other person, over HTTP through the demo LMS on WildFly with
 * PostgreSQL: the teacher uploads a sound through the media store; a student, a teacher of another course, a photo and a
 * line the scenario does not have are refused; the practice page plays the voice (the words still shown) instead of
 * reading the line aloud; students of the course may hear it, students of another course may not; taken away, the line
 * is read aloud again.
 */
class RolePlayVoiceIT extends DemoLmsEndToEnd {

    private TusUploads tus;

    @BeforeEach
    void setUp() {
        tus = courses.tus();
    }

    @Test
    void aTeachersVoiceForALineIsHeardByTheClassInsteadOfReadAloud() throws Exception {
        String course = "course-6411";
        String link = courses.place(course, FIRST_CALL);
        Person hanne = courses.launchLink(course, link, "teacher-6411");
        String placement = hanne.placement();
        assertTrue(hanne.launch().body().contains("id=\"edit-voices\""), "the overview links the voices page");
        String voicesPage = courses.page(hanne, "/roleplay/voices.xhtml?placement=" + placement);
        assertTrue(voicesPage.contains("id=\"line-opening\"") && voicesPage.contains("id=\"line-node-hello\""), voicesPage);
        assertTrue(voicesPage.contains("data-voice=\"none\""), voicesPage);

        byte[] voice = Files.readAllBytes(DemoCourses.sample("voice.ogg"));
        byte[] photo = Files.readAllBytes(DemoCourses.sample("photo.png"));

        // a student, a teacher of another course, an unknown line, a reference that only looks right: refused at once
        Person sara = courses.launchLink(course, link, "student-6411-1");
        assertRefused(tus.create(sara.jar(), sara.lc(), voice.length, ref(placement, "node-hello")), "MEDIA_NOT_ALLOWED");
        Person stranger = courses.launch("course-6412", "teacher-6412");
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
        assertEquals(List.of("0"), rows("select count(*) from roleplay_placement_voice where placement_id = ?::uuid", placement));

        // the teacher's voice for the master's first line
        String mediaId = courses.upload(hanne, ref(placement, "node-hello"), voice);
        assertEquals(List.of(mediaId), rows("select media_id from roleplay_placement_voice where placement_id = ?::uuid", placement));
        voicesPage = courses.page(hanne, "/roleplay/voices.xhtml?placement=" + placement + "&saved=1");
        assertTrue(voicesPage.contains("data-voice=\"teacher\"") && voicesPage.contains("/api/media/items/" + mediaId), voicesPage);

        // the practice page plays it, the words still shown, and does not read that line aloud
        String practice = courses.page(sara, "/roleplay/practice.xhtml?placement=" + placement);
        assertTrue(practice.contains("id=\"voice-now\"") && practice.contains("/api/media/items/" + mediaId), practice);
        assertTrue(practice.contains("data-voice=\"true\""), practice);
        assertFalse(practice.matches("(?s).*id=\"now-says\" class=\"[^\"]*lpk-readable.*"), "no read-aloud of a voiced line");
        assertTrue(practice.contains("Ja, det er Lone."), "the words stay as captions");
        // the recorded attempt's opening has no voice: read aloud as before
        String record = courses.page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertFalse(record.contains("id=\"voice-opening\""), record);

        // who may hear it: the course's students (and staff), not another course's
        HttpResponse<byte[]> heard = courses.bytes(sara, "/api/media/items/" + mediaId);
        assertEquals(200, heard.statusCode());
        assertEquals(voice.length, heard.body().length);
        assertTrue(heard.headers().firstValue("Content-Type").orElse("").startsWith("audio/"), heard.headers().toString());
        Person ali = courses.launch(course, "student-6411-2");
        assertEquals(200, courses.bytes(ali, "/api/media/items/" + mediaId).statusCode());
        Person otherStudent = courses.launch("course-6412", "student-6412-1");
        assertEquals(404, courses.bytes(otherStudent, "/api/media/items/" + mediaId).statusCode());
        assertEquals(404, courses.bytes(stranger, "/api/media/items/" + mediaId).statusCode());

        // a new take replaces the old (deleted); taken away, the line is read aloud again
        String second = courses.upload(hanne, ref(placement, "node-hello"), voice);
        assertEquals(List.of("0"), rows("select count(*) from media_item where id = ?::uuid", mediaId));
        assertEquals(404, courses.form(sara, "/api/roleplay/voices/" + placement + "/node-hello/remove", "").statusCode(),
                "a student cannot take it away");
        HttpResponse<String> removed = courses.form(hanne, "/api/roleplay/voices/" + placement + "/node-hello/remove", "");
        assertEquals(303, removed.statusCode());
        assertTrue(removed.headers().firstValue("Location").orElse("").endsWith("&removed=1"));
        assertEquals(List.of("0"), rows("select count(*) from roleplay_placement_voice where placement_id = ?::uuid", placement));
        assertEquals(404, courses.bytes(sara, "/api/media/items/" + second).statusCode());
        practice = courses.page(sara, "/roleplay/practice.xhtml?placement=" + placement);
        assertFalse(practice.contains("id=\"voice-now\""), practice);
        assertTrue(practice.matches("(?s).*id=\"now-says\" class=\"[^\"]*lpk-readable.*"), "read aloud again");
    }

    // ---- helpers

    private static Map<String, String> ref(String placement, String line) {
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("roleplay-voice"));
        metadata.put("ref", "roleplay-voice:" + placement + ":" + line);
        return metadata;
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains(code), response.body());
    }
}
