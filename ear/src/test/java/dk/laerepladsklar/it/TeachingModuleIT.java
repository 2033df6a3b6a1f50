package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student works through the teaching module "Brug dit netværk" placed in the demo course, over HTTP with real
 * JSF postbacks, on WildFly with PostgreSQL: reads, answers the quiz (one first answer wrong), writes a
 * reflection, ticks off a task, hands in a file (a renamed one is refused first), leaves and resumes in another
 * browser, and finishes with 75 of 100 points. The teacher then reads the reflection and opens the file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingModuleIT {

    private static final String MODULE = "networking";
    /** The correct options of the module's quiz in the content pack (q1 is answered wrong first). */
    private static final Map<String, String> RIGHT = Map.of("q1", "b", "q2", "b", "q3", "a", "q4", "b");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void aStudentWorksThroughAModuleAndTheTeacherSeesTheWork() throws Exception {
        CookieJar ali = launched("tomrer-gf2", "student-ali", "da");
        UUID placement = placeModuleInTheDemoCourse();
        String play = tool.toolBase() + "/modules/play.xhtml?placement=" + placement;

        Page first = get(play, ali);
        assertEquals(200, first.status(), first.html());
        assertEquals("Du har et netværk", first.text("step-title"));
        assertTrue(first.html().contains("id=\"progress\""), first.html());
        assertTrue(first.html().contains("lpk-readable"), "texts are marked for read-aloud");
        assertTrue(first.html().contains("/api/modules/images/"), "the reading step shows its image");

        Page second = first.submit("next", Map.of(), ali);
        assertEquals("Sådan beder du om hjælp", second.text("step-title"));

        // Another device: the same student resumes where they left off.
        CookieJar phone = launched("tomrer-gf2", "student-ali", "da");
        Page resumed = get(play, phone);
        assertEquals("Sådan beder du om hjælp", resumed.text("step-title"));
        assertTrue(resumed.html().contains("id=\"resume\""), resumed.html());

        Page quiz = get(play + "&step=check", phone);
        quiz = quiz.submit("option-q1-a", Map.of(), phone);
        assertTrue(quiz.text("feedback-q1").contains("Ikke helt"), quiz.text("feedback-q1"));
        quiz = quiz.submit("option-q1-b", Map.of(), phone);
        assertTrue(quiz.text("feedback-q1").contains("Rigtigt"), quiz.text("feedback-q1"));
        for (String question : new String[] {"q2", "q3", "q4"}) {
            quiz = quiz.submit("option-" + question + "-" + RIGHT.get(question), Map.of(), phone);
            assertTrue(quiz.text("feedback-" + question).contains("Rigtigt"), quiz.html());
        }

        Page reflection = get(play + "&step=my-network", phone);
        Page blank = reflection.submit("save-reflection", Map.of("reflection-text", "   "), phone);
        assertTrue(blank.html().contains("Skriv dit svar i feltet, før du gemmer."), blank.html());
        String answer = "Min træner Per. Jeg vil spørge, om han kender en tømrermester.";
        Page saved = blank.submit("save-reflection", Map.of("reflection-text", answer), phone);
        assertTrue(saved.html().contains("Dit svar er gemt."), saved.html());

        Page task = get(play + "&step=ask-three", phone);
        Page ticked = task.submit("task-done", Map.of(), phone);
        assertTrue(ticked.html().contains("id=\"task-confirmed\""), ticked.html());

        Page upload = get(play + "&step=network-map", phone);
        Page refused = upload.upload("upload", "netvaerk.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), phone);
        assertTrue(refused.html().contains("Filen er ikke, hvad dens navn siger"), refused.html());
        Page handedIn = refused.upload("upload", "netværk.pdf", PDF, phone);
        assertTrue(handedIn.html().contains("Tak! Vi har fået din fil: netværk.pdf"), handedIn.html());

        for (String reading : new String[] {"ask-for-help", "events", "keep-contact"}) {
            get(play + "&step=" + reading, ali).submit("next", Map.of(), ali);
        }

        Page finished = get(play, ali);
        assertTrue(finished.html().contains("Godt gået! Du er færdig med modulet."), finished.html());
        assertEquals("Dine point: 75 af 100", finished.text("score"));

        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select p.state, p.score, p.fraction_done, s.reflection_text, "
                     + "f.content_type, f.file_name from module_progress p join module_step_progress s on s.progress_id = p.id "
                     + "and s.step_id = 'my-network' join module_upload f on f.progress_id = p.id "
                     + "where p.placement_id = ? and p.student_subject = 'student-ali'")) {
            query.setObject(1, placement);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("COMPLETED", row.getString(1));
                assertEquals(75, row.getDouble(2));
                assertEquals(1, row.getDouble(3));
                assertEquals(answer, row.getString(4));
                assertEquals("application/pdf", row.getString(5));
                assertEquals("netværk.pdf", row.getString(6));
            }
        }

        CookieJar hanne = launched("tomrer-gf2", "teacher-hanne", "da");
        Page overview = get(tool.toolBase() + "/modules/overview.xhtml?placement=" + placement, hanne);
        assertEquals(200, overview.status(), overview.html());
        assertTrue(overview.html().contains("Ali Hassan"), overview.html());
        assertTrue(overview.html().contains("75 af 100"), overview.html());
        assertTrue(overview.html().contains(answer), overview.html());
        Matcher file = Pattern.compile("href=\"(/api/modules/files/[0-9a-f-]+)\\?lc=[A-Za-z0-9_-]{22}\"").matcher(overview.html());
        assertTrue(file.find(), overview.html());
        HttpResponse<byte[]> download = bytes(tool.toolBase() + file.group(1), hanne);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("content-type").orElse("").split(";")[0]);

        Page preview = get(play, hanne);
        assertTrue(preview.html().contains("id=\"preview-note\""), preview.html());
        preview.submit("next", Map.of(), hanne);
        Page unchanged = get(tool.toolBase() + "/modules/overview.xhtml?placement=" + placement, hanne);
        assertFalse(unchanged.html().contains("Hanne Holm"), "a teacher's try is not listed with the students");

        CookieJar sofie = launched("tomrer-gf2", "student-sofie", "da");
        assertEquals(404, bytes(tool.toolBase() + file.group(1), sofie).statusCode(), "another student's file");
        assertEquals(403, get(tool.toolBase() + "/modules/overview.xhtml?placement=" + placement, sofie).status());
    }

    @Test
    void theModuleSpeaksTheLaunchLanguageAndStaysInItsCourse() throws Exception {
        UUID placement = placeModuleInTheDemoCourse();
        String play = tool.toolBase() + "/modules/play.xhtml?placement=" + placement;

        Page english = get(play, launched("tomrer-gf2", "student-emma", "en"));
        assertEquals("Use your network", english.text("module-title"));
        assertTrue(english.html().contains("Next"), english.html());

        Page otherCourse = get(play, launched("course-7", "student-7", "da"));
        assertTrue(otherCourse.html().contains("Vi kan ikke finde modulet"), otherCourse.html());
        assertFalse(otherCourse.html().contains("Brug dit netværk"));

        Page notLaunched = get(play, new CookieJar());
        assertTrue(notLaunched.html().contains("Åbn Lærepladsklar fra dit forløb"), notLaunched.html());

        HttpResponse<byte[]> image = bytes(tool.toolBase() + "/api/modules/images/network-web.svg", new CookieJar());
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("content-type").orElse("").startsWith("image/svg+xml"));
        assertEquals(404, bytes(tool.toolBase() + "/api/modules/images/pack.json", new CookieJar()).statusCode());
    }

    @Test
    void onAPhoneInTheLmsFrameAnAnswerByKeyboardShowsItsFeedbackWithoutReloading() throws Exception {
        ChromeDriver browser = Chromium.start(false);
        try {
            browser.manage().window().setSize(new Dimension(400, 900));
            DemoLmsPage.open(browser, tool.lmsBase()).launchAs("student-mikkel").greeting();
            UUID placement = placeModuleInTheDemoCourse();
            String home = (String) ((JavascriptExecutor) browser).executeScript("return location.href;");
            ((JavascriptExecutor) browser).executeScript("location.href = arguments[0]", tool.toolBase()
                    + LaunchContextParam.with("/modules/play.xhtml?placement=" + placement + "&step=check", home));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            WebElement option = wait.until(d -> d.findElement(By.id("option-q1-b")));
            assertTrue(option.getSize().getHeight() >= 44, "a large touch target");
            Object marker = ((JavascriptExecutor) browser).executeScript("return window.lpkSamePage = 'yes';");

            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", option);
            option.sendKeys(Keys.ENTER);

            // The answer's ajax update replaces the feedback element: one found just before it may be gone when read.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("feedback-q1")).getText().contains("Rigtigt"));
            assertEquals(marker, ((JavascriptExecutor) browser).executeScript("return window.lpkSamePage;"), "answered without a reload");
            assertEquals("feedback-q1", ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"),
                    "the feedback gets the focus, so it is read out");
            assertEquals("true", browser.findElement(By.id("option-q1-b")).getAttribute("aria-pressed"));
            assertTrue(browser.findElement(By.id("progress-text")).getText().contains("0 af 8"));
        } finally {
            browser.quit();
        }
    }

    // ---- the demo course and its placement

    /** The launch context each browser got from its launch: every address it asks for carries it, as pages do. */
    private final Map<CookieJar, String> landings = new java.util.IdentityHashMap<>();

    private CookieJar launched(String course, String user, String locale) throws Exception {
        CookieJar browser = new CookieJar();
        LaunchResult result = client.launch(browser, course, user, locale, true);
        assertTrue(result.landed(), () -> "status " + result.status() + ": " + result.body());
        landings.put(browser, result.landingUrl());
        return browser;
    }

    private String inContext(String address, CookieJar jar) {
        String landing = landings.get(jar);
        return landing == null || address.contains("lc=") ? address : LaunchContextParam.with(address, landing);
    }

    /** Places the module in the demo course, bound to a link no test launches (the page needs only the placement). */
    private static UUID placeModuleInTheDemoCourse() throws SQLException {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection()) {
            UUID platform;
            try (ResultSet rs = db.createStatement().executeQuery("select id from lti_platform where client_id = 'lpk-demo-client'")) {
                assertTrue(rs.next(), "the demo LMS is registered at its first launch");
                platform = rs.getObject(1, UUID.class);
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement("insert into placement (id, platform_id, context_id, "
                    + "resource_link_id, activity_type, activity_key, title, score_maximum, created_at) "
                    + "values (?, ?, 'tomrer-gf2', ?, 'teaching-module', ?, 'Brug dit netværk', 100, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, platform);
                // bound to a link of its own that no launch uses: the course's built-in link stays free for the other
                // tests, and the placement is not provisional (those open nowhere)
                insert.setString(3, "it-link-" + id);
                insert.setString(4, MODULE);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return id;
        }
    }

    // ---- a small browser for JSF pages

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"player\"[^>]*action=\"([^\"]*)\"");

    private Page get(String address, CookieJar jar) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(inContext(address, jar))).GET(), jar);
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            return get(absolute(response.headers().firstValue("location").orElseThrow()), jar);
        }
        return new Page(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> bytes(String address, CookieJar jar) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(inContext(address, jar))).timeout(Duration.ofSeconds(30)).GET();
        if (jar.header() != null) {
            request.header("Cookie", jar.header());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, CookieJar jar) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30));
        if (jar.header() != null) {
            request.header("Cookie", jar.header());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        jar.receive(response.headers());
        return response;
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : tool.toolBase() + location;
    }

    private Page after(HttpResponse<String> response, CookieJar jar) throws IOException, InterruptedException {
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            return get(absolute(response.headers().firstValue("location").orElseThrow()), jar);
        }
        return new Page(response.statusCode(), response.body());
    }

    /** A page of the player: its status, HTML, and the form to post back. */
    private final class Page {
        private final int status;
        private final String html;

        Page(int status, String html) {
            this.status = status;
            this.html = html;
        }

        int status() {
            return status;
        }

        String html() {
            return html;
        }

        /** The text inside the element with this id, tags removed. */
        String text(String id) {
            Matcher start = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
            assertTrue(start.find(), () -> "no element " + id + " in " + html);
            String tag = start.group(1);
            int depth = 1;
            Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
            int from = start.end();
            tags.region(from, html.length());
            while (tags.find()) {
                depth += tags.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    return html.substring(from, tags.start()).replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                            .replaceAll("\\s+", " ").strip();
                }
            }
            throw new AssertionError("unclosed " + id);
        }

        private String viewState() {
            Matcher m = VIEW_STATE.matcher(html);
            assertTrue(m.find(), () -> "no view state in " + html);
            return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }

        private String action() {
            Matcher m = FORM_ACTION.matcher(html);
            assertTrue(m.find(), () -> "no player form in " + html);
            return absolute(m.group(1).replace("&amp;", "&"));
        }

        /** Posts the player form by pressing a button, with these fields filled in. */
        Page submit(String button, Map<String, String> fields, CookieJar jar) throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("player", "player");
            form.putAll(fields);
            form.put(button, button);
            form.put("jakarta.faces.ViewState", viewState());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(action()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(HtmlForm.encode(form)));
            return after(send(request, jar), jar);
        }

        /** Posts the player form as multipart with a file chosen in {@code upload-file}. */
        Page upload(String button, String fileName, byte[] content, CookieJar jar) throws IOException, InterruptedException {
            String boundary = "----lpk" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("player", "player");
            fields.put(button, button);
            fields.put("jakarta.faces.ViewState", viewState());
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload-file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(action()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            return after(send(request, jar), jar);
        }
    }
}
