package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.it.support.RecordedAttempts.Sent;
import dk.laerepladsklar.it.support.ServerLog;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A master's feedback link over HTTP, on WildFly with PostgreSQL: the teacher gets no link before the student's yes;
 * the link (shown once, stored only as a hash) opens a page without any session that shows that attempt and the
 * rubric and nothing else, plays its recording with Range and no other; the master's comment reaches the teacher and
 * the student; views are counted; revoking, expiry and the student's no close it with a friendly page; bad input and
 * forged posts are refused; export and erasure of the student include the links and kill them.
 */
class MasterFeedbackIT extends DemoLmsEndToEnd {

    private static final Pattern LINK = Pattern.compile("id=\"master-link-url\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([A-Za-z0-9_-]{43})\"");

    private RecordedAttempts attempts;
    /** The master's browser: no cookies, no redirects followed. */
    private final HttpClient master = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void setUp() {
        attempts = new RecordedAttempts(client, tool);
    }

    @Test
    void aMasterSeesOnlyThatAttemptCommentsAndIsShutOutAfterRevoking() throws Exception {
        String course = "course-6201";
        String link = attempts.place(course);
        Person sara = attempts.launchLink(course, link, "student-6201-1");
        Person ali = attempts.launchLink(course, link, "student-6201-2");
        String placement = sara.placement();
        Sent saras = attempts.recordAndSend(sara, "Jeg vil gerne lære at lægge tag.");
        Sent alis = attempts.recordAndSend(ali, "Jeg kan godt lide at bygge ting.");
        Person hanne = attempts.launchLink(course, link, "teacher-6201");
        String links = "/api/roleplay/assessments/" + saras.attempt() + "/master-links";

        // the teacher scores and releases: the master will see none of it
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + saras.attempt() + "/assess",
                "level.opening=4&level.clear=2&level.closing=2&feedback.opening=" + enc("Klar og venlig start")), "&saved=1");
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + saras.attempt() + "/release", ""), "&saved=1");

        // before the student's yes: no link, with the reason on the page
        assertBack(attempts.form(hanne, links, "master=" + enc("Tømrer Hansen ApS")), "&refused=MASTER_CONSENT_MISSING");
        String before = assessPage(hanne, saras.attempt());
        assertTrue(before.contains("id=\"master-no-consent\""), before);
        assertFalse(before.contains("id=\"master-link-form\""), before);
        assertEquals(List.of("0"), rows("select count(*) from roleplay_master_link where attempt_id = ?::uuid", saras.attempt()));

        // the student is told who sees what, for how long, and says yes
        String mine = recordPage(sara, placement);
        assertTrue(mine.contains("id=\"master-allow-1\""), mine);
        assertTrue(mine.contains("Mesteren ser dit fornavn (Elev), dine svar og optagelser og punkterne, du bliver vurderet på. "
                + "Mesteren ser ikke dine point og ikke din lærers kommentarer. Linket virker i 14 dage."), mine);
        String consent = "/api/roleplay/attempts/" + placement + "/" + saras.attempt() + "/master-consent";
        assertBackTo(attempts.form(sara, consent, "answer=maybe"), "&masterRefused=WRONG_STATE");
        assertEquals(404, attempts.form(ali, consent, "answer=yes").statusCode(), "not Ali's attempt");
        assertEquals(404, attempts.form(hanne, consent, "answer=yes").statusCode(), "the teacher cannot say yes for her");
        assertBackTo(attempts.form(sara, consent, "answer=yes"), "&master=yes#attempt-1");
        assertTrue(rows("select master_consent_text from roleplay_attempt where id = ?::uuid", saras.attempt()).get(0)
                .startsWith("Din lærer må sende et link til en mester"));

        // who else may not make a link: a student, the mentor, a teacher of another course
        assertEquals(404, attempts.form(sara, links, "master=x").statusCode());
        assertEquals(404, attempts.form(attempts.launch(course, "mentor-6201"), links, "master=x").statusCode());
        Person stranger = attempts.launch("course-6202", "teacher-6202");
        assertEquals(404, attempts.form(stranger, links, "master=x").statusCode());
        assertEquals(404, attempts.form(hanne, "/api/roleplay/assessments/not-a-uuid/master-links", "master=x").statusCode());
        assertBack(attempts.form(hanne, links, "master=" + "x".repeat(121)), "&refused=MASTER_NAME_TOO_LONG");
        assertEquals(413, attempts.form(hanne, links, "master=" + "x".repeat(70_000)).statusCode());

        // the link: shown once, stored only as its hash, 14 days
        assertBack(attempts.form(hanne, links, "master=" + enc("Tømrer Hansen ApS")), "&link=new#master-links");
        String withLink = assessPage(hanne, saras.attempt());
        Matcher shown = LINK.matcher(withLink);
        assertTrue(shown.find(), withLink);
        String address = shown.group(1);
        assertTrue(address.startsWith(tool.toolBase() + "/feedback/"), address);
        String secret = address.substring(address.lastIndexOf('/') + 1);
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertFalse(LINK.matcher(assessPage(hanne, saras.attempt())).find(), "shown once only");
        assertEquals(List.of("1"), rows("select count(*) from roleplay_master_link where token_hash = ?", sha256(secret)));
        assertEquals(List.of("0"), rows("select count(*) from roleplay_master_link where token_hash = ? or master_name = 'x'", secret));
        assertEquals(List.of("t"), rows("select (expires_at - created_at) = interval '14 days' from roleplay_master_link "
                + "where attempt_id = ?::uuid", saras.attempt()));

        // the master's page, with no session at all
        HttpResponse<String> page = masterGet(secret, "da");
        assertEquals(200, page.statusCode(), page.body());
        assertPrivate(page);
        assertTrue(page.headers().allValues("set-cookie").isEmpty(), "no session for a master: " + page.headers().map());
        String body = page.body();
        assertTrue(body.contains("Det første opkald til en mester"), body);
        assertTrue(body.contains("Præsentér dig, og sig hvorfor du ringer."), body);
        assertTrue(body.contains("Jeg vil gerne lære at lægge tag."), "her typed answer: " + body);
        assertTrue(body.contains("/api/media/items/" + saras.film() + "?grant=" + secret), "her film, playable: " + body);
        assertTrue(body.contains("Du præsenterer dig") && body.contains("Du er kort og klar"), "the rubric: " + body);
        assertTrue(body.contains("Elev er elev på en erhvervsuddannelse"), "the first name only: " + body);
        for (String never : List.of("6201-1", "student-6201", "@elev.demo-skole.dk", "Klar og venlig start",
                "Jeg kan godt lide at bygge ting.", alis.film(), "Point", "Tømrer Hansen ApS", "lc=")) {
            assertFalse(body.contains(never), "the master must not see " + never + ": " + body);
        }
        String english = masterGet(secret, "en-GB,en;q=0.9,da;q=0.5").body();
        assertTrue(english.contains("The first phone call to a master") && english.contains("What the student is assessed on")
                && english.contains("lang=\"en\""), english);
        assertTrue(masterGet(secret, "de-DE,de;q=0.9,en;q=0.8").body().contains("The answers"), "English before German");
        assertTrue(masterGet(secret, "fr-FR").body().contains("Elevens svar"), "Danish for anything else");

        // the recording, with Range, through the link: that attempt's only
        HttpResponse<byte[]> range = masterBytes("/api/media/items/" + saras.film() + "?grant=" + secret, "bytes=100-199");
        assertEquals(206, range.statusCode());
        assertEquals(100, range.body().length);
        assertTrue(range.headers().firstValue("Content-Range").orElse("").startsWith("bytes 100-199/"), range.headers().map().toString());
        assertEquals("no-store", range.headers().firstValue("Cache-Control").orElse(""));
        byte[] film = Files.readAllBytes(DemoCourses.sample("recording.webm"));
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(film, 100, 200)), java.util.Arrays.toString(range.body()));
        assertEquals(404, masterBytes("/api/media/items/" + alis.film() + "?grant=" + secret, null).statusCode(), "another attempt's film");
        assertEquals(404, masterBytes("/api/media/items/" + saras.film(), null).statusCode(), "no grant, no session");
        assertEquals(404, masterBytes("/api/media/items/" + saras.film() + "?grant=garbage", null).statusCode());
        assertEquals(404, masterBytes("/api/media/items/" + saras.film() + "?grant=" + secret.substring(1) + "A", null).statusCode());
        assertEquals(404, client.get(tool.toolBase() + "/api/media/items/" + saras.film() + "?grant=garbage&lc=" + hanne.lc(),
                hanne.jar()).statusCode(), "a grant never borrows the session's launch, even one that could read the film");

        // a second link, for Ali's attempt: each link shows its own attempt only
        assertBackTo(attempts.form(ali, "/api/roleplay/attempts/" + placement + "/" + alis.attempt() + "/master-consent", "answer=yes"),
                "&master=yes#attempt-1");
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + alis.attempt() + "/master-links", "master="), "&link=new#master-links");
        Matcher alisShown = LINK.matcher(assessPage(hanne, alis.attempt()));
        assertTrue(alisShown.find());
        String alisSecret = alisShown.group(1).substring(alisShown.group(1).lastIndexOf('/') + 1);
        String alisPage = masterGet(alisSecret, "da").body();
        assertTrue(alisPage.contains("Jeg kan godt lide at bygge ting.") && !alisPage.contains("Jeg vil gerne lære at lægge tag."), alisPage);
        assertEquals(404, masterBytes("/api/media/items/" + saras.film() + "?grant=" + alisSecret, null).statusCode());

        // the comment: too long, without a view's nonce, with another link's nonce: nothing saved, the words kept
        String nonce = nonceOf(masterGet(secret, "da").body());
        String alisNonce = nonceOf(alisPage);
        HttpResponse<String> tooLong = masterPost(secret, "nonce=" + nonce + "&text=" + "a".repeat(1001));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("id=\"comment-refused\"") && tooLong.body().contains("højst 1000 tegn")
                && tooLong.body().contains(">" + "a".repeat(1001) + "</textarea>"), tooLong.body());
        assertPrivate(tooLong);
        assertEquals(400, masterPost(secret, "nonce=" + nonce + "&text=+++").statusCode());
        HttpResponse<String> forged = masterPost(secret, "text=" + enc("Køb billige ure"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("siden var for gammel") && forged.body().contains("Køb billige ure"), forged.body());
        assertEquals(403, masterPost(secret, "nonce=" + alisNonce + "&text=Hej").statusCode(), "another link's nonce");
        assertEquals(403, masterPost(secret, "nonce=" + "A".repeat(43) + "&text=Hej").statusCode());
        assertEquals(413, masterPost(secret, "nonce=" + nonce + "&text=" + "a".repeat(20_000)).statusCode());
        assertEquals(List.of("null"), rows("select coalesce(comment_text, 'null') from roleplay_master_link where token_hash = ?", sha256(secret)));
        String comment = "Flot første opkald! Sig dit fulde navn lidt langsommere, så husker jeg det.";
        HttpResponse<String> saved = masterPost(secret, "nonce=" + nonce + "&text=" + enc(comment));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(URI.create(tool.toolBase()).getPath() + "/feedback/" + secret + "?saved=1",
                saved.headers().firstValue("Location").orElse(""));
        String after = masterGet(secret + "?saved=1", "da").body();
        assertTrue(after.contains("id=\"comment-saved\"") && after.contains(">" + comment + "</textarea>"), after);

        // every view counted, nothing of the viewer kept
        int views = Integer.parseInt(rows("select view_count from roleplay_master_link where token_hash = ?", sha256(secret)).get(0));
        assertEquals(9, views, "nine pages shown to the master (each of the three posts without a good nonce showed a fresh one)");
        assertEquals(List.of(String.valueOf(views)), rows("select count(*) from roleplay_master_view v join roleplay_master_link l "
                + "on l.id = v.link_id where l.token_hash = ?", sha256(secret)));
        assertEquals(List.of("id,link_id,nonce_hash,viewed_at"), rows("select string_agg(column_name, ',' order by column_name) "
                + "from information_schema.columns where table_name = ?", "roleplay_master_view"));

        // the teacher and the student see the comment and the views
        String teacherSees = assessPage(hanne, saras.attempt());
        assertTrue(teacherSees.contains(comment) && teacherSees.contains("Tømrer Hansen ApS"), teacherSees);
        assertTrue(teacherSees.contains("<td class=\"lpk-rp-views\">" + views + "</td>"), teacherSees);
        String studentSees = recordPage(sara, placement);
        assertTrue(studentSees.contains(comment) && studentSees.contains("Fra mester: Tømrer Hansen ApS"), studentSees);
        assertTrue(studentSees.contains("<td class=\"lpk-rp-views\">" + views + "</td>"), studentSees);
        assertFalse(recordPage(ali, placement).contains(comment), "Ali sees nothing of Sara's link");

        // the student revokes: a friendly page (410), no recording, no comment
        String linkId = rows("select id from roleplay_master_link where token_hash = ?", sha256(secret)).get(0);
        String alisLinkId = rows("select id from roleplay_master_link where token_hash = ?", sha256(alisSecret)).get(0);
        assertEquals(404, attempts.form(ali, "/api/roleplay/attempts/" + placement + "/" + alis.attempt() + "/master-links/" + linkId
                + "/revoke", "").statusCode(), "Ali cannot close Sara's link through his own attempt");
        assertEquals(404, attempts.form(sara, "/api/roleplay/attempts/" + placement + "/" + saras.attempt() + "/master-links/" + alisLinkId
                + "/revoke", "").statusCode());
        assertBackTo(attempts.form(sara, "/api/roleplay/attempts/" + placement + "/" + saras.attempt() + "/master-links/" + linkId
                + "/revoke", ""), "&master=revoked#attempt-1");
        HttpResponse<String> revoked = masterGet(secret, "da");
        assertEquals(410, revoked.statusCode());
        assertPrivate(revoked);
        assertTrue(revoked.body().contains("data-reason=\"revoked\"") && revoked.body().contains("Linket er lukket"), revoked.body());
        assertFalse(revoked.body().contains("Jeg vil gerne lære at lægge tag."), revoked.body());
        assertTrue(masterGet(secret, "en").body().contains("The link is closed"));
        assertEquals(404, masterBytes("/api/media/items/" + saras.film() + "?grant=" + secret, "bytes=0-99").statusCode());
        assertEquals(410, masterPost(secret, "nonce=" + nonce + "&text=Hej").statusCode());
        assertEquals(List.of(comment), rows("select comment_text from roleplay_master_link where token_hash = ?", sha256(secret)));
        assertTrue(ServerLog.text().contains("FEEDBACK_LINK_REVOKED: the master's page shows why"), "the log says why");
        assertFalse(ServerLog.text().contains(secret), "the secret is never logged");
        assertTrue(assessPage(hanne, saras.attempt()).contains("Lukket af eleven"));

        // unknown and garbage links: 404 and a friendly page
        for (String bad : List.of("garbage", "A".repeat(43), secret + "x", "a".repeat(200), "")) {
            HttpResponse<String> unknown = masterGet(bad, "da");
            assertEquals(404, unknown.statusCode(), bad);
            assertTrue(unknown.body().contains("Vi kan ikke finde det link"), bad + ": " + unknown.body());
        }
        assertEquals(404, masterPost("A".repeat(43), "nonce=" + nonce + "&text=Hej").statusCode());
        assertTrue(ServerLog.text().contains("FEEDBACK_LINK_UNKNOWN"));

        // the teacher revokes Ali's link; a teacher of another course cannot
        assertEquals(404, attempts.form(stranger, "/api/roleplay/assessments/" + alis.attempt() + "/master-links/" + alisLinkId + "/revoke", "")
                .statusCode());
        assertEquals(200, masterGet(alisSecret, "da").statusCode());
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + alis.attempt() + "/master-links/" + alisLinkId + "/revoke", ""),
                "&link=revoked#master-links");
        assertEquals(410, masterGet(alisSecret, "da").statusCode());
        assertEquals(List.of("TEACHER"), rows("select revoked_by from roleplay_master_link where id = ?::uuid", alisLinkId));
    }

    @Test
    void anExpiredLinkAndTheStudentsNoCloseItAndErasureKillsIt() throws Exception {
        String course = "course-6203";
        String link = attempts.place(course);
        Person sara = attempts.launchLink(course, link, "student-6203-1");
        String placement = sara.placement();
        Sent saras = attempts.recordAndSend(sara, "Jeg kan lide at arbejde med træ.");
        Person hanne = attempts.launchLink(course, link, "teacher-6203");
        String consent = "/api/roleplay/attempts/" + placement + "/" + saras.attempt() + "/master-consent";
        String links = "/api/roleplay/assessments/" + saras.attempt() + "/master-links";
        assertBackTo(attempts.form(sara, consent, "answer=yes"), "&master=yes#attempt-1");

        String first = newLink(hanne, saras.attempt(), "Mester 1");
        String second = newLink(hanne, saras.attempt(), "Mester 2");
        assertNotEquals(first, second);
        assertEquals(200, masterGet(first, "da").statusCode());

        // 14 days later (the row's expiry moved back): a friendly page saying so
        rows("update roleplay_master_link set expires_at = now() - interval '1 minute' where token_hash = ? returning id", sha256(first));
        HttpResponse<String> expired = masterGet(first, "da");
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("data-reason=\"expired\"") && expired.body().contains("Linket er udløbet"), expired.body());
        assertEquals(404, masterBytes("/api/media/items/" + saras.film() + "?grant=" + first, null).statusCode());
        assertTrue(ServerLog.text().contains("FEEDBACK_LINK_EXPIRED"));
        assertTrue(assessPage(hanne, saras.attempt()).contains("Udløbet"));

        // at most five open links at once
        for (int i = 3; i <= 6; i++) {
            newLink(hanne, saras.attempt(), "Mester " + i);
        }
        assertBack(attempts.form(hanne, links, "master=Mester+7"), "&refused=TOO_MANY_LINKS");

        // the student says no after all: every open link closes at once, and no new one can be made
        assertEquals(200, masterGet(second, "da").statusCode());
        assertBackTo(attempts.form(sara, consent, "answer=no"), "&master=no#attempt-1");
        assertEquals(410, masterGet(second, "da").statusCode());
        assertEquals(List.of("5"), rows("select count(*) from roleplay_master_link where attempt_id = ?::uuid "
                + "and revoked_by = 'CONSENT_WITHDRAWN'", saras.attempt()));
        assertBack(attempts.form(hanne, links, "master=x"), "&refused=MASTER_CONSENT_MISSING");

        // yes again, a new link, a comment; the export has it all, the erasure kills the link
        assertBackTo(attempts.form(sara, consent, "answer=yes"), "&master=yes#attempt-1");
        String third = newLink(hanne, saras.attempt(), "Tømrer Hansen ApS");
        String nonce = nonceOf(masterGet(third, "da").body());
        assertEquals(303, masterPost(third, "nonce=" + nonce + "&text=" + enc("Godt klaret.")).statusCode());
        String platform = rows("select platform_id::text from roleplay_attempt where id = ?::uuid", saras.attempt()).get(0);
        HttpResponse<byte[]> export = admin("GET", platform, "student-6203-1");
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        assertTrue(json.contains("\"master_feedback\"") && json.contains("Godt klaret.") && json.contains("Tømrer Hansen ApS")
                && json.contains("consent_withdrawn") && json.contains("Din lærer må sende et link"), json);
        assertFalse(json.contains(third) || json.contains(sha256(third)), "neither the secret nor its hash");
        assertEquals(200, admin("DELETE", platform, "student-6203-1").statusCode());
        assertEquals(List.of("0"), rows("select count(*) from roleplay_master_link where student_subject = ?", "student-6203-1"));
        HttpResponse<String> gone = masterGet(third, "da");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("Vi kan ikke finde det link"), gone.body());
    }

    // ---- the teacher's links

    private String newLink(Person teacher, String attempt, String masterName) throws Exception {
        assertBack(attempts.form(teacher, "/api/roleplay/assessments/" + attempt + "/master-links", "master=" + enc(masterName)),
                "&link=new#master-links");
        Matcher shown = LINK.matcher(assessPage(teacher, attempt));
        assertTrue(shown.find());
        return shown.group(1).substring(shown.group(1).lastIndexOf('/') + 1);
    }

    // ---- the master's requests: no cookies at all

    private HttpResponse<String> masterGet(String secret, String language) throws Exception {
        return master.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/feedback/" + secret))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> masterPost(String secret, String body) throws Exception {
        return master.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/feedback/" + secret))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "da")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> masterBytes(String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return master.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertPrivate(HttpResponse<String> page) {
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
    }

    private static String nonceOf(String page) {
        Matcher m = NONCE.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    // ---- helpers

    private String assessPage(Person who, String attempt) throws Exception {
        return attempts.page(who, "/roleplay/assess.xhtml?attempt=" + attempt);
    }

    private String recordPage(Person who, String placement) throws Exception {
        return attempts.page(who, "/roleplay/record.xhtml?placement=" + placement);
    }

    /** A teacher's form: back to the assessment page (303) ending with this. */
    private static void assertBack(HttpResponse<String> response, String ending) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/roleplay/assess.xhtml?attempt=") && location.endsWith(ending), location);
    }

    /** A student's form: back to the recorder page (303) ending with this. */
    private static void assertBackTo(HttpResponse<String> response, String ending) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/roleplay/record.xhtml?placement=") && location.endsWith(ending), location);
    }

    private HttpResponse<byte[]> admin(String method, String platform, String subject) throws Exception {
        return master.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/" + subject))
                .header("Authorization", "Bearer " + AdminApi.TOKEN).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String studentJson(byte[] zip) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("student.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no student.json");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    }
}
