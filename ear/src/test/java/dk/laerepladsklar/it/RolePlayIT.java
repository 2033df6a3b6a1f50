package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.RecordedAttempts.FIRST_CALL;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.DemoPlacements;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.RolePlayPractice;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The role-play practice over HTTP through the demo LMS, on WildFly with PostgreSQL: a teacher places "the first call
 * to a master" with Deep Linking and gets a column worth the rubric's 12 points; a student walks the conversation (a
 * weak opening, a recovery, their own words, a good close) and reads the feedback on each choice; only the path is
 * stored; the gradebook gets a not-yet-graded score; the teacher sees who practised. Bad input is refused: an answer
 * the node does not offer, a node of another scenario, a placement of another course. And a student plays a
 * conversation to the end in headless Chromium at phone width, with the keyboard.
 */
class RolePlayIT extends DemoLmsEndToEnd {

    private RolePlayPractice practice;

    @BeforeEach
    void setUp() {
        practice = new RolePlayPractice(client, tool.toolBase());
    }

    @Test
    void aTeacherPlacesAScenarioAndAStudentPractisesItToTheEnd() throws Exception {
        String course = "course-7701";
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        assertTrue(picker.body().contains("Det første opkald til en mester"), "the picker offers the scenarios");
        assertTrue(picker.body().contains("Jobsamtale hos en tømrermester"), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(FIRST_CALL)).statusCode());
        DemoGradebook placed = DemoGradebook.of(client, tool, course);
        String link = placed.linkFor(FIRST_CALL);
        assertEquals(12.0, ((Number) placed.lineItemOf(link).get("scoreMaximum")).doubleValue(), "the rubric's points");

        String student = "student-7701-1";
        CookieJar jar = new CookieJar();
        LaunchResult opened = client.launchLink(jar, course, link, student, "da", true);
        assertTrue(opened.landingUrl().contains("/roleplay/practice.xhtml?placement="), opened.landingUrl());
        UUID placement = UUID.fromString(DemoCourses.placementOf(opened.landingUrl()));
        String page = opened.body();
        assertEquals("hello", RolePlayPractice.nodeOf(page));
        assertTrue(text(page, "now-says").endsWith("Ja, det er Lone."), text(page, "now-says"));
        assertTrue(page.contains("lpk-read-aloud"), "the line can be read aloud");
        assertTrue(page.contains("id=\"answer-full\"") && page.contains("id=\"answer-weak\""), page);
        assertFalse(page.contains("id=\"own-form\""), "the first node takes no typed answer");

        page = practice.answer(page, jar, "weak", null);
        assertEquals("who", RolePlayPractice.nodeOf(page));
        assertTrue(text(page, "reaction-1").endsWith("Det kommer an på det. Hvem er du?"), text(page, "reaction-1"));

        // bad input: an answer this node does not offer, a node of another scenario, a made-up node
        String action = RolePlayPractice.answerActionOf(page);
        assertBadRequest(practice.post(action, jar, "who", "visit", null), "ANSWER_NOT_OFFERED");
        assertBadRequest(practice.post(action, jar, "tasks", "list", null), "UNKNOWN_NODE");
        assertBadRequest(practice.post(action, jar, "who", "own", "Hej"), "OWN_ANSWER_NOT_ALLOWED");
        assertBadRequest(practice.post(action, jar, null, null, null), "UNKNOWN_NODE");
        // an old page (the back button): sent back to where the walk is, nothing changed
        HttpResponse<String> stale = practice.post(action, jar, "hello", "full", null);
        assertEquals(303, stale.statusCode());
        String back = practice.follow(stale, jar);
        assertEquals("who", RolePlayPractice.nodeOf(back));
        assertTrue(back.contains("id=\"moved-note\""), back);

        page = practice.walk(page, jar, "recover");
        assertEquals("busy", RolePlayPractice.nodeOf(page));
        assertTrue(page.contains("id=\"own-form\""), "this node takes the student's own words");
        String emptyOwn = practice.answer(page, jar, "own", "   ");
        assertEquals("busy", RolePlayPractice.nodeOf(emptyOwn));
        assertTrue(emptyOwn.contains("id=\"own-empty\""), emptyOwn);
        assertEquals(413, practice.post(action, jar, "busy", "own", "ø".repeat(3000)).statusCode(), "a form far larger than an answer");
        String words = "Jeg så jeres tag på Skolevej og vil gerne lære at lægge tag.";
        page = practice.walk(emptyOwn, jar, "own:" + words, "visit");
        assertTrue(page.contains("id=\"feedback-list\""), page);
        assertEquals("end-good", RolePlayPractice.nodeOf(page));
        assertTrue(text(page, "feedback-1").startsWith("Prøv noget andet næste gang."), text(page, "feedback-1"));
        assertTrue(text(page, "feedback-text-1").startsWith("Et uklart spørgsmål gør samtalen svær"), text(page, "feedback-text-1"));
        assertTrue(text(page, "feedback-2").startsWith("Godt valg."), text(page, "feedback-2"));
        assertTrue(text(page, "feedback-3").contains(words), text(page, "feedback-3"));
        assertTrue(text(page, "feedback-3").startsWith("Dit eget svar."), text(page, "feedback-3"));
        assertTrue(text(page, "feedback-text-4").startsWith("Flot! Du foreslog et konkret næste skridt."), text(page, "feedback-text-4"));
        assertEquals("Du har øvet samtalen til ende 1 gang.", text(page, "times"));
        assertTrue(page.contains("id=\"try-again\""), page);
        HttpResponse<String> afterEnd = practice.post(action, jar, "learn", "visit", null);
        assertEquals(303, afterEnd.statusCode(), "an answer after the end is an old page, not an error");

        assertEquals(List.of("hello|weak|", "who|recover|", "busy|own|" + words, "learn|visit|"), storedPath(placement, student),
                "only the path is stored: nodes, answers, and typed words only for the own answer");

        // the gradebook gets "not yet graded" (the recorded part is what scores)
        DemoGradebook graded = courses.awaitGradebook(course, g -> !g.receivedFor(link, student).isEmpty());
        Map<String, Object> score = graded.receivedFor(link, student).get(graded.receivedFor(link, student).size() - 1);
        assertEquals("InProgress", score.get("activityProgress"));
        assertEquals("Pending", score.get("gradingProgress"));
        assertNull(graded.grade(link, student), "no grade shows while the recorded part is missing");

        // a new try forgets the old path
        String again = practice.again(page, jar);
        assertEquals("hello", RolePlayPractice.nodeOf(again));
        assertEquals(List.of(), storedPath(placement, student));
        practice.walk(again, jar, "full", "anyone", "callback");

        // another student opens it without finishing; a third never opens it
        CookieJar other = new CookieJar();
        String opener = "student-7701-2";
        assertTrue(client.launchLink(other, course, link, opener, "da", true).landingUrl().contains("/roleplay/practice.xhtml"));

        CookieJar hanne = new CookieJar();
        LaunchResult overview = client.launchLink(hanne, course, link, "teacher-7701", "da", true);
        assertTrue(overview.landingUrl().contains("/roleplay/overview.xhtml?placement=" + placement), overview.landingUrl());
        assertEquals("I gang", cell(overview.body(), "data-state-of", student));
        assertEquals("Ja, 2 gange", cell(overview.body(), "data-practised-of", student));
        assertEquals("Åbnet, ikke begyndt", cell(overview.body(), "data-state-of", opener));
        assertEquals("Nej, ikke endnu", cell(overview.body(), "data-practised-of", opener));
        assertFalse(overview.body().contains(words), "the teacher does not see the student's choices");
        assertTrue(overview.body().contains("Du præsenterer dig"), "the rubric is shown");

        // the student's "Mit forløb": practice done is one of two parts
        LaunchResult home = client.launch(new CookieJar(), course, student, "da", true);
        assertEquals("I gang", text(home.body(), "activity-state-1"));
        assertEquals("Næste: Optag dine svar, når din lærer beder om det", text(home.body(), "activity-next-1"));

        // the same in English
        LaunchResult english = client.launchLink(new CookieJar(), course, link, "student-7701-3", "en", true);
        assertTrue(text(english.body(), "now-says").endsWith("Yes, this is Lone."), english.body());
        assertTrue(english.body().contains("Pick an answer:"), english.body());
    }

    @Test
    void aPlacementOfAnotherCourseOrNoLaunchGetsNothing() throws Exception {
        String course = "course-7702";
        String link = courses.place(course, FIRST_CALL);
        Person owner = courses.launchLink(course, link, "student-7702-1");
        String action = RolePlayPractice.answerActionOf(owner.launch().body());
        String placement = owner.placement();

        // a student of another course with their own launch: the page says not found, posting is a 404
        Person stranger = courses.launch("course-7703", "student-7703-1");
        String strangerPage = courses.page(stranger, "/roleplay/practice.xhtml?placement=" + placement);
        assertTrue(strangerPage.contains("id=\"not-found\""), strangerPage);
        String strangerAction = action.replaceAll("lc=[A-Za-z0-9_-]+", "lc=" + stranger.lc());
        assertEquals(404, practice.post(strangerAction, stranger.jar(), "hello", "full", null).statusCode());
        assertEquals(404, practice.post(action, stranger.jar(), "hello", "full", null).statusCode(), "another session's launch");
        assertEquals(404, practice.post(action.replaceAll("\\?lc=.*", ""), owner.jar(), "hello", "full", null).statusCode(), "no launch");
        assertEquals(404, practice.post(action.replace(placement, "not-a-uuid"), owner.jar(), "hello", "full", null).statusCode());

        // a teaching module's placement is not a role-play
        UUID module = DemoPlacements.placeModule("networking", "Brug dit netværk");
        Person demo = courses.launch("tomrer-gf2", "student-ali");
        String moduleAction = "/api/roleplay/practice/" + module + "/answer?lc=" + demo.lc();
        assertEquals(404, practice.post(moduleAction, demo.jar(), "hello", "full", null).statusCode());

        assertEquals(List.of(), storedPath(UUID.fromString(placement), "student-7702-1"), "nothing was stored by the refusals");
        // a teacher of another course: the overview says not found
        Person otherTeacher = courses.launch("course-7703", "teacher-7703");
        String overview = courses.page(otherTeacher, "/roleplay/overview.xhtml?placement=" + placement);
        assertTrue(overview.contains("id=\"not-found\""), overview);
    }

    @Test
    void onAPhoneAStudentPlaysAConversationToTheEndWithTheKeyboard() throws Exception {
        ChromeDriver browser = Chromium.start(false);
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            DemoLmsPage.open(browser, tool.lmsBase()).launchAs("student-emma").greeting();
            UUID placement = DemoPlacements.place("role-play", "interview-retail", "Jobsamtale i en butik", 12);
            String home = (String) ((JavascriptExecutor) browser).executeScript("return location.href;");
            ((JavascriptExecutor) browser).executeScript("location.href = arguments[0]", tool.toolBase()
                    + LaunchContextParam.with("/roleplay/practice.xhtml?placement=" + placement, home));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#now-says[data-node='why']")));
            assertTrue(fitsTheWidth(browser), "no sideways scrolling at 390 px");

            press(browser, wait, "answer-people", "angry");
            WebElement big = browser.findElement(By.id("answer-calm"));
            assertTrue(big.getSize().getHeight() >= 44, "a large touch target");
            press(browser, wait, "answer-argue", "weekend");
            press(browser, wait, "answer-yes", "end-good");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-list")));
            assertTrue(fitsTheWidth(browser), "the feedback fits too");
            assertTrue(browser.findElement(By.id("feedback-1")).getText().startsWith("Godt valg."));
            assertTrue(browser.findElement(By.id("feedback-text-1")).getText().startsWith("Godt: en grund og et eksempel"));
            assertTrue(browser.findElement(By.id("feedback-2")).getText().startsWith("Prøv noget andet næste gang."));
            assertTrue(browser.findElement(By.id("feedback-text-2")).getText().startsWith("Måske rigtigt, men kunden bliver mere vred."));
            assertTrue(browser.findElement(By.id("feedback-text-3")).getText().startsWith("Flot: du svarede ja"));
            assertTrue(browser.findElement(By.id("now-says")).getText().contains("Jeg ringer til dig på fredag."));

            // try again, by keyboard too
            WebElement again = browser.findElement(By.id("try-again"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", again);
            again.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#now-says[data-node='why']")));
            assertTrue(browser.findElements(By.id("feedback-list")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aStudentsPracticeIsExportedAndErasedWithTheirOtherData() throws Exception {
        String course = "course-7704";
        String link = courses.place(course, "role-play:call-after-rejection");
        String student = "student-7704-1";
        Person opened = courses.launchLink(course, link, student);
        String words = "Tak for ærligheden. Hvad skulle jeg have fortalt mere om?";
        practice.walk(opened.launch().body(), opened.jar(), "clear", "own:" + words, "reapply");
        UUID placement = UUID.fromString(opened.placement());
        Person classmate = courses.launchLink(course, link, "student-7704-2");
        practice.walk(classmate.launch().body(), classmate.jar(), "clear");

        List<String> platforms = rows("select id from lti_platform where client_id = 'lpk-demo-client'");
        assertFalse(platforms.isEmpty());
        String platform = platforms.get(0);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI address = java.net.URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/" + student);
        HttpResponse<byte[]> export = http.send(java.net.http.HttpRequest.newBuilder(address)
                .header("Authorization", "Bearer it-admin-token").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String json;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            java.util.zip.ZipEntry entry = zip.getNextEntry();
            assertEquals("student.json", entry.getName());
            json = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(json.contains("\"roleplay\""), json);
        assertTrue(json.contains(placement.toString()), json);
        assertTrue(json.contains(words), "the typed words are the student's: " + json);
        assertTrue(json.contains("\"answer_id\": \"reapply\""), json);
        assertFalse(json.contains("student-7704-2"), json);

        HttpResponse<String> erased = http.send(java.net.http.HttpRequest.newBuilder(address)
                .header("Authorization", "Bearer it-admin-token").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("\"practices\":1") && erased.body().contains("\"practice_steps\":3"), erased.body());
        assertEquals(List.of(), storedPath(placement, student));
        assertEquals(List.of("hello|clear|"), storedPath(placement, "student-7704-2"), "the other student is untouched");
    }

    // ---- helpers

    /** Focuses an answer button and presses Enter, then waits for the page of the next node. */
    private static void press(ChromeDriver browser, WebDriverWait wait, String button, String nextNode) {
        WebElement answer = wait.until(ExpectedConditions.elementToBeClickable(By.id(button)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", answer);
        answer.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#now-says[data-node='" + nextNode + "']")));
    }

    private static boolean fitsTheWidth(ChromeDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    private static void assertBadRequest(HttpResponse<String> response, String reason) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(reason, response.body().strip());
    }

    /** The stored path of a student in a placement: "node|answer|typed" per step. */
    private static List<String> storedPath(UUID placement, String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select s.node_id, s.answer_id, s.typed_text from roleplay_practice_step s "
                     + "join roleplay_practice p on s.practice_id = p.id where p.placement_id = ? and p.student_subject = ? "
                     + "order by s.position")) {
            query.setObject(1, placement);
            query.setString(2, student);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + (rs.getString(3) == null ? "" : rs.getString(3)));
                }
            }
            return rows;
        }
    }

    private static String cell(String html, String attribute, String subject) {
        Matcher m = Pattern.compile(attribute + "=\"" + Pattern.quote(subject) + "\">([^<]*)<").matcher(html);
        assertTrue(m.find(), "no " + attribute + " of " + subject + " in " + html);
        return m.group(1).strip();
    }

    /** The text inside the element with this id, tags removed. */
    private static String text(String html, String id) {
        Matcher start = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(start.find(), () -> "no element " + id + " in " + html);
        String tag = start.group(1);
        int depth = 1;
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        tags.region(start.end(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start.end(), tags.start()).replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                        .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
            }
        }
        throw new AssertionError("unclosed " + id);
    }
}
