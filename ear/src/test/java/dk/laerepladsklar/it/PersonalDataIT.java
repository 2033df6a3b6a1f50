package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A school hands a student's data over and erases it. Students work through "Ansøgning og CV" (placed with Deep
 * Linking, so scores go through the outbox), writing a reflection and handing in their CV; the admin exports one of
 * them (the zip holds the reflection and the file's bytes) and erases them, through the API and on the admin page.
 * Afterwards no table with a subject-like column holds a row of that student (every such table, found through
 * {@code information_schema}, so a new module's tables are checked too), no handed-in file is left, the other
 * students are untouched, and the student's next launch starts from nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    private static final String TOKEN = "it-admin-token";
    private static final String CV_MODULE = "teaching-module:application-and-cv";
    /** What {@link ModulePlayerClient} writes and hands in. */
    private static final String REFLECTION = "Jeg vil ringe til tre mestre i næste uge.";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void throughTheApiAStudentIsExportedWithTheirWorkAndThenErasedEverywhere() throws Exception {
        String course = "course-6101";
        String link = placeModule(course);
        String ali = "student-6101-1";
        String other = "student-6101-2";
        UUID placement = completeModule(course, link, ali);
        completeModule(course, link, other);
        String platform = demoPlatformId();
        List<UUID> progress = progressIds(ali);

        Map<String, Long> before = rowsOf(ali);
        assertTrue(before.getOrDefault("module_progress.student_subject", 0L) >= 1, before.toString());
        assertTrue(before.getOrDefault("activity_progress.student_subject", 0L) >= 1, before.toString());
        assertTrue(before.getOrDefault("score_delivery.student_subject", 0L) >= 1, before.toString());
        assertEquals(2, countByProgress("module_upload", progress), "the CV and the application were handed in");

        HttpResponse<byte[]> export = api("GET", platform, ali, TOKEN);
        assertEquals(200, export.statusCode(), new String(export.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", export.headers().firstValue("content-type").orElse("").split(";")[0]);
        assertFalse(export.headers().firstValue("content-disposition").orElse("").contains(ali), "no user id in the file name");
        Map<String, byte[]> zip = unzip(export.body());
        String json = new String(zip.get("student.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains(REFLECTION), json);
        assertTrue(json.contains("\"subject\": \"" + ali + "\"") || json.contains("\"subject\":\"" + ali + "\""), json);
        assertTrue(json.contains(placement.toString()), json);
        assertFalse(json.contains(other), "another student's data: " + json);
        assertArrayEquals(PDF, zip.get("files/curriculum/application-and-cv/cv-upload/cv.pdf"), zip.keySet().toString());
        assertArrayEquals(PDF, zip.get("files/curriculum/application-and-cv/application-upload/cv.pdf"), zip.keySet().toString());
        for (String module : List.of("classroom", "curriculum", "gradebook")) {
            assertTrue(json.contains("\"" + module + "\""), "a section per module: " + json);
        }

        HttpResponse<byte[]> wrongToken = api("DELETE", platform, ali, "guess");
        assertEquals(401, wrongToken.statusCode());
        assertEquals(before, rowsOf(ali), "nothing erased without the token");

        HttpResponse<byte[]> erased = api("DELETE", platform, ali, TOKEN);
        String answer = new String(erased.body(), StandardCharsets.UTF_8);
        assertEquals(200, erased.statusCode(), answer);
        assertTrue(answer.contains("\"uploads\":2"), answer);
        assertTrue(answer.contains("\"module_progress\":1"), answer);

        assertNothingLeftOf(ali, progress);
        assertTrue(rowsOf(other).getOrDefault("module_progress.student_subject", 0L) >= 1, "the other student is untouched");
        assertEquals(2, countByProgress("module_upload", progressIds(other)), "the other student's files are kept");
        assertEquals(404, api("GET", platform, ali, TOKEN).statusCode(), "nothing left to export");

        assertAudited(ali, "PERSONAL_DATA_EXPORTED", "via=api");
        assertAudited(ali, "PERSONAL_DATA_ERASED", "via=api");
        startsFresh(course, link, ali);
        assertServerLogHasNoPersonalDataOf(ali, "Elev 6101-1");
    }

    @Test
    void theApiRefusesHostileRequests() throws Exception {
        String course = "course-6103";
        String link = placeModule(course);
        String student = "student-6103-1";
        completeModule(course, link, student);
        String platform = demoPlatformId();
        Map<String, Long> before = rowsOf(student);

        assertRefused(api("GET", platform, student, null), 401, "ADMIN_TOKEN_MISMATCH");
        assertRefused(api("GET", platform, student, "wrong-token"), 401, "ADMIN_TOKEN_MISMATCH");
        assertRefused(send("GET", "/api/admin/personal-data/" + platform + "/" + student, "Basic " + TOKEN), 401, "ADMIN_TOKEN_MISMATCH");
        assertRefused(api("DELETE", platform, student, TOKEN + "x"), 401, "ADMIN_TOKEN_MISMATCH");

        assertRefused(api("GET", UUID.randomUUID().toString(), student, TOKEN), 404, "UNKNOWN_PLATFORM");
        assertRefused(api("DELETE", UUID.randomUUID().toString(), student, TOKEN), 404, "UNKNOWN_PLATFORM");
        assertRefused(api("GET", "not-a-platform", student, TOKEN), 404, "UNKNOWN_PLATFORM");
        assertRefused(send("GET", "/api/admin/personal-data/..%2F..%2Fplatforms/" + student, "Bearer " + TOKEN), 404, "UNKNOWN_PLATFORM");

        // The user id is only a key, never a path: climbing out finds nobody and reads no file.
        for (String traversal : List.of("../../../../etc/passwd", "..", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f")) {
            HttpResponse<byte[]> export = api("GET", platform, traversal, TOKEN);
            assertRefused(export, 404, "NOTHING_HELD");
            assertFalse(new String(export.body(), StandardCharsets.UTF_8).contains("root:"));
            HttpResponse<byte[]> erase = api("DELETE", platform, traversal, TOKEN);
            assertEquals(200, erase.statusCode(), new String(erase.body(), StandardCharsets.UTF_8));
            assertFalse(new String(erase.body(), StandardCharsets.UTF_8).matches(".*\":[1-9].*"), "nothing erased");
        }

        assertRefused(api("GET", platform, "x".repeat(256), TOKEN), 400, "INVALID_SUBJECT");
        assertRefused(api("DELETE", platform, "x".repeat(20_000), TOKEN), 400, "INVALID_SUBJECT");
        assertRefused(api("GET", platform, "student\n6103-1", TOKEN), 400, "INVALID_SUBJECT");
        assertRefused(api("GET", platform, " ", TOKEN), 400, "INVALID_SUBJECT");

        assertEquals(before, rowsOf(student), "no hostile request changed anything");
        assertEquals(200, api("GET", platform, student, TOKEN).statusCode(), "the real student is still there");
    }

    @Test
    void onTheAdminPageAnAdminFindsExportsAndErasesAStudentAfterTypingTheirIdAgain() throws Exception {
        String course = "course-6102";
        String link = placeModule(course);
        String student = "student-6102-1";
        completeModule(course, link, student);
        completeModule(course, link, "student-6102-2");
        List<UUID> progress = progressIds(student);
        LaunchResult classPage = client.launch(new CookieJar(), course, "teacher-6102", "da", true);
        assertTrue(classPage.body().contains("Elev 6102-1"), "the class page fetched the roster: " + classPage.body());
        String platform = demoPlatformId();

        CookieJar stranger = new CookieJar();
        String closed = client.get(tool.toolBase() + "/admin/personal-data.xhtml", stranger).body();
        assertTrue(closed.contains("Log ind med administrator-nøglen først."), closed);
        assertFalse(closed.contains("find:platform"), "no search without signing in: " + closed);
        assertFalse(closed.contains(platform), "no platforms listed: " + closed);

        CookieJar admin = signedInAdmin();
        String page = client.get(tool.toolBase() + "/admin/personal-data.xhtml", admin).body();
        assertTrue(page.contains("value=\"" + platform + "\""), "the demo LMS can be chosen: " + page);

        String unknownPlatform = find(admin, page, UUID.randomUUID().toString(), student);
        assertFalse(unknownPlatform.contains("id=\"found-subject\""), "not a listed platform: " + unknownPlatform);
        String nobody = find(admin, page, platform, "student-6102-999");
        assertTrue(nobody.contains("Lærepladsklar gemmer intet om denne bruger på denne platform."), nobody);
        assertFalse(nobody.contains("export:download"), nobody);
        String tooLong = find(admin, page, platform, "x".repeat(300));
        assertTrue(tooLong.contains("Det er ikke et bruger-id"), tooLong);

        String found = find(admin, page, platform, student);
        assertEquals(student, text(found, "found-subject"));
        assertEquals("2", text(found, "held-curriculum-uploads").replaceAll(".*\\s", ""), found);
        assertEquals("1", text(found, "held-classroom-cached_rosters").replaceAll(".*\\s", ""), "the roster in memory lists them");
        assertTrue(Long.parseLong(text(found, "held-total")) > 5, found);

        HttpResponse<byte[]> download = postForBytes(found, "export", Map.of(), "export:download", admin);
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("content-type").orElse("").split(";")[0]);
        Map<String, byte[]> zip = unzip(download.body());
        String json = new String(zip.get("student.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains(REFLECTION), json);
        assertTrue(json.contains("Elev 6102-1"), "the roster's entry in memory is part of the export: " + json);
        assertArrayEquals(PDF, zip.get("files/curriculum/application-and-cv/cv-upload/cv.pdf"), zip.keySet().toString());
        assertAudited(student, "PERSONAL_DATA_EXPORTED", "via=page");

        String asked = JsfForms.submit(client, admin, tool.toolBase(), found, "erase", Map.of(), "erase:start").body();
        assertTrue(asked.contains("id=\"erase-warning\""), asked);
        String mismatch = JsfForms.submit(client, admin, tool.toolBase(), asked, "erase",
                Map.of("erase:confirmation", "student-6102-2"), "erase:confirm").body();
        assertTrue(mismatch.contains("passer ikke. Intet er slettet."), mismatch);
        assertEquals(2, countByProgress("module_upload", progress), "nothing erased on a wrong confirmation");

        String erased = JsfForms.submit(client, admin, tool.toolBase(), mismatch, "erase",
                Map.of("erase:confirmation", student), "erase:confirm").body();
        assertTrue(erased.contains("Elevens data er slettet"), erased);
        assertEquals("0", text(erased, "held-total"), erased);
        assertNothingLeftOf(student, progress);
        assertTrue(rowsOf("student-6102-2").getOrDefault("module_progress.student_subject", 0L) >= 1, "the classmate is untouched");
        assertAudited(student, "PERSONAL_DATA_ERASED", "via=page");
        startsFresh(course, link, student);
    }

    @Test
    void sentScoresArePrunedAfterNinetyDaysAndFailedOrRecentOnesStay() throws Exception {
        UUID platform = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        Instant now = Instant.now();
        UUID old = delivery(platform, placement, "student-old", "SENT", now.minus(Duration.ofDays(91)));
        UUID recent = delivery(platform, placement, "student-recent", "SENT", now.minus(Duration.ofDays(89)));
        UUID failed = delivery(platform, placement, "student-failed", "FAILED", null);

        // The retention timer runs every minute; a busy machine may fire it late.
        long deadline = System.currentTimeMillis() + 150_000;
        while (deliveryExists(old) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }

        assertFalse(deliveryExists(old), "a score sent 91 days ago is deleted");
        assertTrue(deliveryExists(recent), "a score sent 89 days ago is kept");
        assertTrue(deliveryExists(failed), "a failed score waits for the teacher");
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement delete = db.prepareStatement("delete from score_delivery where platform_id = ?")) {
            delete.setObject(1, platform);
            delete.executeUpdate();
        }
    }

    // ---- what must be gone

    private void assertNothingLeftOf(String subject, List<UUID> progress) throws SQLException {
        Map<String, Long> after = rowsOf(subject);
        assertTrue(after.containsKey("module_progress.student_subject") && after.containsKey("score_delivery.student_subject")
                && after.containsKey("activity_progress.student_subject"), "the check covers every module's tables: " + after);
        after.forEach((column, rows) -> assertEquals(0L, rows, "rows of " + subject + " left in " + column + ": " + after));
        for (String table : List.of("module_upload", "module_step_progress", "module_quiz_answer")) {
            assertEquals(0, countByProgress(table, progress), "left in " + table);
        }
    }

    /**
     * For every column of every table in the schema named like a subject or a user id: how many rows hold this
     * student's id. A new module's table is covered as soon as its migration runs.
     */
    private static Map<String, Long> rowsOf(String subject) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select c.table_name, c.column_name from information_schema.columns c "
                    + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                    + "where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' "
                    + "and (c.column_name like '%subject%' or c.column_name like '%user_id%') order by 1, 2")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement count = db.prepareStatement("select count(*) from \"" + column[0] + "\" where cast(\""
                        + column[1] + "\" as text) = ?")) {
                    count.setString(1, subject);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        rows.put(column[0] + "." + column[1], rs.getLong(1));
                    }
                }
            }
        }
        return rows;
    }

    private static List<UUID> progressIds(String subject) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select id from module_progress where student_subject = ?")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        assertFalse(ids.isEmpty(), "no progress of " + subject);
        return ids;
    }

    private static long countByProgress(String table, List<UUID> progress) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from " + table + " where progress_id = any (?)")) {
            query.setArray(1, db.createArrayOf("uuid", progress.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void assertAudited(String subject, String action, String via) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select client_address, detail from lti_admin_audit "
                     + "where action = ? and detail like ? order by occurred_at desc")) {
            query.setString(1, action);
            query.setString(2, "% subject=" + subject + " via=%");
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), action + " of " + subject + " is not in the audit log");
                assertEquals("127.0.0.1", rs.getString(1));
                String detail = rs.getString(2);
                assertTrue(detail.contains(via), detail);
                assertTrue(detail.startsWith("platform="), detail);
                assertFalse(detail.contains("@") || detail.contains("Elev "), "no names or emails: " + detail);
            }
        }
    }

    /** The student's next launch opens the module at its beginning: nothing done, no score. */
    private void startsFresh(String course, String link, String subject) throws Exception {
        LaunchResult again = client.launchLink(new CookieJar(), course, link, subject, "da", true);
        assertTrue(again.landed(), again.body());
        assertTrue(again.body().contains("aria-valuenow=\"0\""), again.body());
        assertTrue(again.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").contains("0 af "), again.body());
        assertFalse(again.body().contains("id=\"completed\""), again.body());
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select p.fraction_done, p.score, (select count(*) from module_step_progress s "
                     + "where s.progress_id = p.id) from module_progress p where p.student_subject = ?")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0.0, rs.getDouble(1));
                assertEquals(null, rs.getObject(2));
                assertEquals(0, rs.getLong(3));
                assertFalse(rs.next(), "one fresh progress");
            }
        }
    }

    private static void assertServerLogHasNoPersonalDataOf(String subject, String name) throws IOException {
        Path log = Path.of(System.getProperty("lpk.wildfly.home"), "standalone", "log", "server.log");
        if (!Files.isRegularFile(log)) {
            return; // a run against another server layout
        }
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(subject), "the server log names " + subject);
        assertFalse(text.contains(name), "the server log names " + name);
        assertFalse(text.contains(subject + "@"), "the server log has an email");
    }

    // ---- the module, placed and worked through

    /** A teacher places "Ansøgning og CV" with Deep Linking; returns the link the demo LMS made for it. */
    private String placeModule(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        HttpResponse<String> returned = new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(CV_MODULE));
        assertEquals(303, returned.statusCode(), returned.body());
        return DemoGradebook.of(client, tool, course).linkFor(CV_MODULE);
    }

    private UUID completeModule(String course, String link, String student) throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult launch = client.launchLink(browser, course, link, student, "da", true);
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
        UUID placement = UUID.fromString(launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1"));
        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(browser, launch.landingUrl(), question -> "b");
        assertTrue(finished.contains("id=\"completed\""), finished);
        return placement;
    }

    private static String demoPlatformId() throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             ResultSet rs = db.createStatement().executeQuery("select id from lti_platform where client_id = 'lpk-demo-client'")) {
            assertTrue(rs.next(), "the demo LMS is registered at its first launch");
            return rs.getObject(1, UUID.class).toString();
        }
    }

    private static UUID delivery(UUID platform, UUID placement, String subject, String status, Instant sentAt) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant created = sentAt == null ? Instant.now().minus(Duration.ofDays(200)) : sentAt.minusSeconds(5);
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement insert = db.prepareStatement("insert into score_delivery (id, seq, placement_id, platform_id, "
                     + "student_subject, score_given, score_maximum, activity_progress, grading_progress, score_timestamp, status, "
                     + "attempts, next_attempt_at, leased_until, last_reason, sent_at, created_at) values (?, nextval('score_delivery_seq'), "
                     + "?, ?, ?, 50, 100, 'Completed', 'FullyGraded', ?, ?, 1, ?, null, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, placement);
            insert.setObject(3, platform);
            insert.setString(4, subject);
            insert.setTimestamp(5, Timestamp.from(created));
            insert.setString(6, status);
            insert.setTimestamp(7, Timestamp.from(created));
            insert.setString(8, "FAILED".equals(status) ? "HTTP 422 NOT_A_STUDENT" : null);
            insert.setTimestamp(9, sentAt == null ? null : Timestamp.from(sentAt));
            insert.setTimestamp(10, Timestamp.from(created));
            insert.executeUpdate();
        }
        return id;
    }

    private static boolean deliveryExists(UUID id) throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery where id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    // ---- the admin page

    private CookieJar signedInAdmin() throws Exception {
        CookieJar browser = new CookieJar();
        String page = client.get(tool.toolBase() + "/admin/platforms.xhtml", browser).body();
        String signedIn = JsfForms.submit(client, browser, tool.toolBase(), page, "signin", Map.of("signin:token", TOKEN), "signin:go").body();
        assertTrue(signedIn.contains("id=\"platforms\""), signedIn);
        return browser;
    }

    private String find(CookieJar admin, String page, String platform, String subject) throws Exception {
        return JsfForms.submit(client, admin, tool.toolBase(), page, "find",
                Map.of("find:platform", platform, "find:subject", subject), "find:go").body();
    }

    /** Posts a JSF form and keeps the answer's bytes (a download). */
    private HttpResponse<byte[]> postForBytes(String html, String formId, Map<String, String> fields, String button, CookieJar jar)
            throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue(action.find() && state.find(), "no form " + formId + " in " + html);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, button);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        String target = action.group(1).replace("&amp;", "&");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.startsWith("http") ? target : tool.toolBase() + target))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(HtmlForm.encode(form)));
        if (jar.header() != null) {
            request.header("Cookie", jar.header());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        jar.receive(response.headers());
        return response;
    }

    /** The text inside the element with this id, tags removed. */
    private static String text(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no element " + id + " in " + html);
        return m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    // ---- the admin API

    private HttpResponse<byte[]> api(String method, String platform, String subject, String token)
            throws IOException, InterruptedException {
        String path = "/api/admin/personal-data/" + URLEncoder.encode(platform, StandardCharsets.UTF_8).replace("+", "%20") + "/"
                + (subject.startsWith("%") ? subject : URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20"));
        return send(method, path, token == null ? null : "Bearer " + token);
    }

    private HttpResponse<byte[]> send(String method, String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String reason) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), response.uri() + ": " + body);
        assertTrue(body.contains("\"error\":\"" + reason + "\""), response.uri() + ": " + body);
        assertFalse(response.headers().firstValue("content-type").orElse("").startsWith("application/zip"));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals("student.json", entries.keySet().iterator().next(), "student.json comes first");
        return entries;
    }
}
