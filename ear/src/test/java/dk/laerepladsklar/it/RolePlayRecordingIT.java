package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.DemoCourses.field;
import static dk.laerepladsklar.it.support.RecordedAttempts.recordingRef;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.pages.RecorderPage;
import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.it.support.Replaced;
import dk.laerepladsklar.it.support.TusUploads;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recorded role-play attempt over HTTP through the demo LMS, on WildFly with PostgreSQL: no upload and no sending
 * without consent; a recording uploaded with tus becomes the prompt's answer; another student sees nothing of it and
 * cannot upload into it; a teacher of another course can neither open nor assess it; bad input to every new endpoint
 * is refused; the teacher's release sends the rubric score to the demo LMS gradebook and starts the recordings'
 * retention clock.
 */
class RolePlayRecordingIT extends DemoLmsEndToEnd {

    private RecordedAttempts attempts;
    private TusUploads tus;

    @BeforeEach
    void setUp() {
        attempts = new RecordedAttempts(client, tool);
        tus = attempts.tus();
    }

    @Test
    void consentUploadSendAssessReleaseAndTheGradebookGetsTheRubricScore() throws Exception {
        String course = "course-7801";
        String link = attempts.place(course);
        Person sara = attempts.launchLink(course, link, "student-7801-1");
        String placement = sara.placement();
        String api = "/api/roleplay/attempts/" + placement;

        // the recorder page: the consent screen is there, with who sees it and for how long
        String page = attempts.page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertTrue(page.contains("id=\"consent-check\""), page);
        assertTrue(page.contains("Din lærer og din mentor kan se og høre din optagelse. Optagelsen slettes 90 dage efter"), page);

        HttpResponse<String> draft = attempts.call(sara, "POST", api + "/draft", null, null);
        assertEquals(200, draft.statusCode(), draft.body());
        String attempt = field(draft.body(), "id");
        assertTrue(draft.body().contains("\"consent\":false"), draft.body());
        assertEquals(attempt, field(attempts.call(sara, "POST", api + "/draft", null, null).body(), "id"), "the same draft");

        // no consent: the upload is refused before a byte, and sending is refused
        HttpResponse<String> early = tus.create(sara.jar(), sara.lc(), 13522, recordingRef(attempt, "intro"));
        assertEquals(403, early.statusCode(), early.body());
        assertTrue(early.body().contains("MEDIA_CONSENT_MISSING"), early.body());
        assertTrue(early.body().contains("Du skal først sige ja"), early.body());
        HttpResponse<String> sendEarly = attempts.call(sara, "POST", api + "/" + attempt + "/send", null, null);
        assertEquals(403, sendEarly.statusCode(), sendEarly.body());
        assertTrue(sendEarly.body().contains("CONSENT_MISSING"), sendEarly.body());

        HttpResponse<String> consent = attempts.call(sara, "POST", api + "/" + attempt + "/consent", null, null);
        assertEquals(200, consent.statusCode(), consent.body());
        assertTrue(consent.body().contains("\"consent\":true"), consent.body());
        assertEquals(List.of("teacher,mentor|90"), rows("select consent_audience || '|' || consent_retention_days from roleplay_attempt where id = ?::uuid", attempt));

        // a film answer by tus, in two chunks; then two typed answers
        byte[] film = Files.readAllBytes(DemoCourses.sample("recording.webm"));
        long began = System.nanoTime();
        String mediaId = attempts.upload(sara, recordingRef(attempt, "intro"), film, 8000);
        long uploadMs = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("RolePlayRecordingIT: %d byte film uploaded in 2 chunks in %d ms%n", film.length, uploadMs);
        HttpResponse<String> state = attempts.call(sara, "GET", api + "/" + attempt, null, null);
        assertTrue(state.body().contains("\"intro\":{\"mode\":\"video\",\"media\":\"" + mediaId + "\""), state.body());
        assertEquals(200, attempts.call(sara, "PUT", api + "/" + attempt + "/answers/why", "Jeg vil gerne lære at lægge tag.", "text/plain;charset=UTF-8").statusCode());
        assertEquals(200, attempts.call(sara, "PUT", api + "/" + attempt + "/answers/next", "Må jeg komme forbi på torsdag?", "text/plain;charset=UTF-8").statusCode());

        // bad input to the student's endpoints
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/answers/nope", "x", "text/plain"), 400, "UNKNOWN_PROMPT");
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/answers/why", "   ", "text/plain"), 400, "TEXT_EMPTY_OR_TOO_LONG");
        assertEquals(413, attempts.call(sara, "PUT", api + "/" + attempt + "/answers/why", "a".repeat(20_000), "text/plain").statusCode());
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=3", "application/x-www-form-urlencoded"), 400, "UNKNOWN_LEVEL");
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=-1", "application/x-www-form-urlencoded"), 400, "UNKNOWN_LEVEL");
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/self", "charm=2", "application/x-www-form-urlencoded"), 400, "UNKNOWN_LEVEL");
        assertEquals(404, attempts.call(sara, "POST", api + "/not-a-uuid/send", null, null).statusCode());
        assertEquals(404, attempts.call(sara, "POST", "/api/roleplay/attempts/not-a-uuid/draft", null, null).statusCode());
        assertRefused(attempts.call(sara, "POST", api + "/" + attempt + "/send", null, null), 409, "SELF_ASSESSMENT_MISSING");
        assertEquals(200, attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=2&clear=4&closing=2",
                "application/x-www-form-urlencoded").statusCode());

        // another student of the same course: cannot read it, answer it or upload into it
        Person ali = attempts.launchLink(course, link, "student-7801-2");
        assertEquals(404, attempts.call(ali, "GET", api + "/" + attempt, null, null).statusCode());
        assertEquals(404, attempts.call(ali, "PUT", api + "/" + attempt + "/answers/why", "Hacked", "text/plain").statusCode());
        assertEquals(404, attempts.call(ali, "POST", api + "/" + attempt + "/send", null, null).statusCode());
        HttpResponse<String> intrude = tus.create(ali.jar(), ali.lc(), film.length, recordingRef(attempt, "intro"));
        assertEquals(403, intrude.statusCode(), intrude.body());
        assertEquals(404, attempts.get(ali, "/api/media/items/" + mediaId).statusCode(),
                "another student cannot play the recording");

        HttpResponse<String> sent = attempts.call(sara, "POST", api + "/" + attempt + "/send", null, null);
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("\"state\":\"sent\""), sent.body());
        assertRefused(attempts.call(sara, "PUT", api + "/" + attempt + "/answers/why", "Changed", "text/plain"), 409, "WRONG_STATE");
        HttpResponse<String> late = tus.create(sara.jar(), sara.lc(), film.length, recordingRef(attempt, "intro"));
        assertEquals(403, late.statusCode(), "no upload into a sent attempt");

        // a teacher of another course: not found, and no assessing
        Person stranger = attempts.launch("course-7802", "teacher-7802");
        String strangerPage = attempts.page(stranger, "/roleplay/assess.xhtml?attempt=" + attempt);
        assertTrue(strangerPage.contains("id=\"not-found\""), strangerPage);
        assertEquals(404, attempts.form(stranger, "/api/roleplay/assessments/" + attempt + "/assess", "level.opening=4&level.clear=4&level.closing=4").statusCode());
        assertEquals(404, attempts.form(stranger, "/api/roleplay/assessments/" + attempt + "/release", "").statusCode());
        assertEquals(404, attempts.get(stranger, "/api/media/items/" + mediaId).statusCode());
        // a student cannot use the teacher's endpoints on their own attempt
        assertEquals(404, attempts.form(sara, "/api/roleplay/assessments/" + attempt + "/assess", "level.opening=4&level.clear=4&level.closing=4").statusCode());

        // the class's teacher: the overview links the attempt; the page plays it with Range
        Person hanne = attempts.launchLink(course, link, "teacher-7801");
        String overview = hanne.launch().body();
        assertTrue(overview.contains("/roleplay/assess.xhtml?attempt=" + attempt), overview);
        String assess = attempts.page(hanne, "/roleplay/assess.xhtml?attempt=" + attempt);
        assertTrue(assess.contains("id=\"player-intro\""), assess);
        assertTrue(assess.contains("/api/media/items/" + mediaId), assess);
        assertTrue(assess.contains("Jeg vil gerne lære at lægge tag."), assess);
        HttpResponse<byte[]> range = tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/media/items/" + mediaId
                + "?lc=" + hanne.lc())).header("Range", "bytes=100-199").GET(), hanne.jar());
        assertEquals(206, range.statusCode());
        assertEquals(100, range.body().length);

        // bad input to the teacher's endpoints: each comes back with the reason, nothing kept
        String endpoint = "/api/roleplay/assessments/" + attempt + "/assess";
        assertBack(attempts.form(hanne, endpoint, "level.opening=4&level.clear=4"), "SCORE_MISSING");
        assertBack(attempts.form(hanne, endpoint, "level.opening=5&level.clear=4&level.closing=2"), "UNKNOWN_LEVEL");
        assertBack(attempts.form(hanne, endpoint, "level.opening=x&level.clear=4&level.closing=2"), "UNKNOWN_LEVEL");
        assertBack(attempts.form(hanne, endpoint, "level.opening=4&level.clear=4&level.closing=2&at.opening=4:99&prompt.opening=intro"), "BAD_TIME_MARK");
        assertBack(attempts.form(hanne, endpoint, "level.opening=4&level.clear=4&level.closing=2&at.opening=0:10&prompt.opening=why"), "BAD_TIME_MARK");
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + attempt + "/release", ""), "WRONG_STATE");
        assertEquals(413, attempts.form(hanne, endpoint, "feedback.opening=" + "a".repeat(70_000)).statusCode());
        assertEquals(404, attempts.form(hanne, "/api/roleplay/assessments/not-a-uuid/assess", "level.opening=4").statusCode());
        assertEquals(List.of("SENT|"), rows("select state || '|' || coalesce(score::text, '') from roleplay_attempt where id = ?::uuid", attempt));
        // the mentor sees nothing before the release
        Person mentor = attempts.launch(course, "mentor-7801");
        String beforeRelease = attempts.page(mentor, "/roleplay/assess.xhtml?attempt=" + attempt);
        assertTrue(beforeRelease.contains("id=\"not-found\""), beforeRelease);
        assertEquals(404, attempts.form(mentor, "/api/roleplay/assessments/" + attempt + "/comment", "text=Flot").statusCode());

        assertBack(attempts.form(hanne, endpoint, "level.opening=4&level.clear=2&level.closing=2&feedback.opening="
                + java.net.URLEncoder.encode("Klar og venlig start", StandardCharsets.UTF_8) + "&at.opening=0:01&prompt.opening=intro"), null);
        String assessed = attempts.page(hanne, "/roleplay/assess.xhtml?attempt=" + attempt);
        assertTrue(assessed.contains("Point nu: 8 ud af 12"), assessed);
        assertTrue(assessed.contains("id=\"release\""), assessed);
        assertTrue(rows("select retain_until from media_item where id = ?::uuid", mediaId).get(0) == null,
                "no retention date before release");
        assertBack(attempts.form(hanne, "/api/roleplay/assessments/" + attempt + "/release", ""), null);
        assertEquals(List.of("RELEASED|8"), rows("select state || '|' || score from roleplay_attempt where id = ?::uuid", attempt));
        String until = rows("select retain_until from media_item where id = ?::uuid", mediaId).get(0);
        assertNotNull(until, "release starts the recording's retention clock");
        assertTrue(Instant.parse(until.replace(' ', 'T').replaceAll("\\+00$", "Z").replaceAll("\\+00:00$", "Z"))
                .isAfter(Instant.now().plusSeconds(89L * 24 * 3600)), until);

        // the mentor: the released attempt, read-only, with a comment
        String released = attempts.page(mentor, "/roleplay/assess.xhtml?attempt=" + attempt);
        assertTrue(released.contains("id=\"comment-form\"") && !released.contains("id=\"assess-form\""), released);
        assertEquals(404, attempts.form(mentor, "/api/roleplay/assessments/" + attempt + "/assess", "level.opening=0&level.clear=0&level.closing=0").statusCode());
        assertEquals(404, attempts.form(mentor, "/api/roleplay/assessments/" + attempt + "/release", "").statusCode());
        HttpResponse<String> empty = attempts.form(mentor, "/api/roleplay/assessments/" + attempt + "/comment", "text=+++");
        assertTrue(empty.headers().firstValue("Location").orElse("").endsWith("&refused=TEXT_EMPTY_OR_TOO_LONG"), empty.headers().toString());
        assertBack(attempts.form(mentor, "/api/roleplay/assessments/" + attempt + "/comment", "text=" + java.net.URLEncoder.encode(
                "Du lød rolig og venlig. Godt gået!", StandardCharsets.UTF_8)), null);
        assertEquals(404, attempts.form(hanne, "/api/roleplay/assessments/" + attempt + "/comment", "text=Hej").statusCode(),
                "teachers give feedback per criterion, comments are the mentor's");

        // the gradebook gets the rubric score, fully graded
        DemoGradebook graded = attempts.awaitGrade(course, link, "student-7801-1");
        assertEquals(8.0, graded.grade(link, "student-7801-1"));
        List<Map<String, Object>> received = graded.receivedFor(link, "student-7801-1");
        Map<String, Object> last = received.get(received.size() - 1);
        assertEquals("Completed", last.get("activityProgress"));
        assertEquals("FullyGraded", last.get("gradingProgress"));

        // the student sees the released scores and feedback
        String mine = attempts.page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertTrue(mine.contains("Point: 8 ud af 12"), mine);
        assertTrue(mine.contains("Klar og venlig start"), mine);
        assertTrue(mine.contains("data-at=\"1\""), "the time mark can be clicked: " + mine);
        assertTrue(mine.contains("Du lød rolig og venlig. Godt gået!"), "the mentor's comment: " + mine);
    }

    @Test
    void inChromiumWithAFakeCameraAStudentRecordsAndSendsAndTheTeacherSeeksScoresAndReleases() throws Exception {
        String course = "tomrer-gf2";
        String link = attempts.place(course);
        String student = "student-emma";
        ChromeDriver browser = Chromium.withFakeCameraAndMicrophone();
        try {
            JavascriptExecutor js = browser;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            DemoLmsPage lms = DemoLmsPage.open(browser, tool.lmsBase());
            lms.launchAs(student).greeting();
            String placement = placementOf(link, course);
            // the demo LMS grants camera and microphone to the tool's origin, as Moodle 4.5 does (allow= in view.php)
            browser.switchTo().defaultContent();
            String allow = String.valueOf(js.executeScript("return document.getElementById('tool-frame').getAttribute('allow');"));
            java.net.URI toolBase = java.net.URI.create(tool.toolBase());
            String toolOrigin = toolBase.getScheme() + "://" + toolBase.getHost() + (toolBase.getPort() < 0 ? "" : ":" + toolBase.getPort());
            assertTrue(allow.contains("camera " + toolOrigin) && allow.contains("microphone " + toolOrigin), allow);
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            // first the safe step: the branching conversation, no camera, nothing kept but the path
            openInFrame(browser, "/roleplay/practice.xhtml?placement=" + placement);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#now-says[data-node='hello']")));
            for (String[] step : new String[][] {{"full", "busy"}, {"reason", "learn"}, {"visit", "end-good"}}) {
                WebElement answer = wait.until(ExpectedConditions.elementToBeClickable(By.id("answer-" + step[0])));
                answer.click();
                wait.until(Replaced.page(answer));
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#now-says[data-node='" + step[1] + "']")));
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-list")));
            assertTrue(browser.findElement(By.id("feedback-1")).getText().startsWith("Godt valg."),
                    browser.findElement(By.id("feedback-1")).getText());
            openInFrame(browser, "/roleplay/record.xhtml?placement=" + placement);
            WebElement go = wait.until(ExpectedConditions.elementToBeClickable(By.id("consent-go")));
            assertFalse(browser.findElement(By.id("new-window")).isDisplayed(), "the frame may use the camera now");
            js.executeScript("window.__errors = ''; window.addEventListener('error', e => window.__errors += e.message + ';');"
                    + "window.addEventListener('unhandledrejection', e => window.__errors += String(e.reason) + ';');");
            assertTrue(browser.findElement(By.id("answering")).getAttribute("hidden") != null, "nothing to record before consent");
            go.click();
            wait.until(ExpectedConditions.textToBe(By.id("rp-status"), "Sæt først flueben, hvis det er i orden."));
            browser.findElement(By.id("consent-check")).click();
            go.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answering")));

            // prompt 1 by camera, prompt 2 by microphone, prompt 3 typed
            long[] film = record(browser, wait, "intro", "video", 4);
            long[] sound = record(browser, wait, "why", "audio", 3);
            System.out.printf("RolePlayRecordingIT (browser): film %d bytes uploaded in %d ms, sound %d bytes in %d ms%n",
                    film[0], film[1], sound[0], sound[1]);
            WebElement text = browser.findElement(By.cssSelector("#prompt-next input[value='text']"));
            text.click();
            browser.findElement(By.id("typed-next")).sendKeys("Må jeg komme forbi på torsdag?");
            browser.findElement(By.cssSelector("#prompt-next .lpk-rp-save-text")).click();
            wait.until(Attribute.is("#prompt-next", "data-answered", "text"));
            wait.until(ExpectedConditions.textToBe(By.id("answered-count"), "Du har svaret på 3 af 3."));
            // the saved film plays back from the store
            WebElement saved = browser.findElement(By.cssSelector("#prompt-intro .lpk-rp-saved video"));
            wait.until(d -> ((Number) js.executeScript("return arguments[0].readyState", saved)).intValue() >= 1);

            assertEquals("sent", new RecorderPage(browser, wait).selfAssessAndSend());

            // the teacher opens it from the overview, plays the film and seeks
            lms.launchAs("teacher-hanne").greeting();
            openInFrame(browser, "/roleplay/overview.xhtml?placement=" + placement);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.lpk-rp-assess-link"))).click();
            WebElement player = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("player-intro")));
            wait.until(d -> ((Number) js.executeScript("return arguments[0].readyState", player)).intValue() >= 1);
            // MediaRecorder's WebM has no duration in its header ("Infinity" until played through): seeking must work anyway
            String duration = (String) js.executeScript("return String(arguments[0].duration)", player);
            js.executeScript("arguments[0].muted = true; arguments[0].play();", player);
            wait.until(d -> ((Number) js.executeScript("return arguments[0].currentTime", player)).doubleValue() > 0);
            // paused where the teacher wants the mark: a playing film would move on while the test clicks (0:03 on a busy machine)
            js.executeScript("arguments[0].pause(); arguments[0].currentTime = 2;", player);
            wait.until(d -> ((Number) js.executeScript("return arguments[0].currentTime", player)).doubleValue() >= 1.9);
            wait.until(d -> !(Boolean) js.executeScript("return arguments[0].seeking", player));
            assertTrue(((Number) js.executeScript("return arguments[0].currentTime", player)).doubleValue() >= 1.9,
                    "the player moved to 0:02 (duration " + duration + ")");
            List<?> statuses = (List<?>) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.indexOf('/api/media/items/') >= 0).map(e => e.responseStatus || 0);");
            assertTrue(statuses.contains(206L), "the store answered a Range request: " + statuses);
            // the student's own view beside the levels
            assertEquals("På vej (2)", browser.findElement(By.cssSelector("#criterion-opening .lpk-rp-self-level")).getText());
            browser.findElement(By.cssSelector("input[name='level.opening'][value='4']")).click();
            browser.findElement(By.cssSelector("input[name='level.clear'][value='2']")).click();
            browser.findElement(By.cssSelector("input[name='level.closing'][value='2']")).click();
            browser.findElement(By.id("feedback-opening")).sendKeys("Klar start. Hør her:");
            browser.findElement(By.cssSelector(".lpk-rp-mark-now[data-criterion='opening']")).click();
            assertEquals("0:02", browser.findElement(By.id("at-opening")).getAttribute("value"));
            // each form posts and comes back to a new page: wait for the old one to go before reading the new one
            WebElement save = browser.findElement(By.id("save-scores"));
            save.click();
            wait.until(Replaced.page(save));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-note")));
            WebElement release = browser.findElement(By.id("release"));
            release.click();
            wait.until(Replaced.page(release));
            wait.until(Attribute.is("#attempt-state", "data-state", "released"));
            // the time mark seeks the player
            WebElement mark = browser.findElement(By.cssSelector(".lpk-rp-seek"));
            assertEquals("ved 0:02", mark.getText());
            WebElement again = browser.findElement(By.id("player-intro"));
            js.executeScript("arguments[0].muted = true; arguments[0].currentTime = 0;", again);
            mark.click();
            wait.until(d -> ((Number) js.executeScript("return arguments[0].currentTime", again)).doubleValue() >= 1.9);
            String attempt = String.valueOf(js.executeScript("return new URLSearchParams(location.search).get('attempt')"));

            // a master's feedback: the student says yes, the teacher makes the link
            lms.launchAs(student).greeting();
            openInFrame(browser, "/roleplay/record.xhtml?placement=" + placement);
            WebElement allowMaster = wait.until(ExpectedConditions.elementToBeClickable(By.id("master-allow-1")));
            allowMaster.click();
            wait.until(Replaced.page(allowMaster));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master-allowed-1")));
            lms.launchAs("teacher-hanne").greeting();
            openInFrame(browser, "/roleplay/assess.xhtml?attempt=" + attempt);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master-name"))).sendKeys("Tømrer Hansen ApS");
            WebElement create = browser.findElement(By.id("master-link-create"));
            create.click();
            wait.until(Replaced.page(create));
            String masterLink = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master-link-url"))).getAttribute("value");
            assertTrue(masterLink.startsWith(tool.toolBase() + "/feedback/"), masterLink);

            // the master opens it in a browser of their own (no session, no LMS): the film plays and seeks; a comment
            ChromeDriver masterBrowser = Chromium.start(false, "da-DK,da");
            try {
                WebDriverWait masterWait = new WebDriverWait(masterBrowser, Duration.ofSeconds(60));
                masterBrowser.get(masterLink);
                assertEquals("Det første opkald til en mester", masterBrowser.findElement(By.id("scenario-title")).getText());
                AxeAudit axe = new AxeAudit(masterBrowser);
                axe.check("master-feedback-da", false);
                WebElement masterPlayer = masterWait.until(ExpectedConditions.presenceOfElementLocated(By.id("player-intro")));
                masterWait.until(d -> ((Number) masterBrowser.executeScript("return arguments[0].readyState", masterPlayer)).intValue() >= 1);
                masterBrowser.executeScript("arguments[0].muted = true; arguments[0].play(); arguments[0].currentTime = 2;", masterPlayer);
                masterWait.until(d -> ((Number) masterBrowser.executeScript("return arguments[0].currentTime", masterPlayer)).doubleValue() >= 1.9);
                masterWait.until(d -> !(Boolean) masterBrowser.executeScript("return arguments[0].seeking", masterPlayer));
                List<?> masterStatuses = (List<?>) masterBrowser.executeScript("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.indexOf('/api/media/items/') >= 0 && e.name.indexOf('grant=') >= 0).map(e => e.responseStatus || 0);");
                assertTrue(masterStatuses.contains(206L), "the link's grant played the film with Range: " + masterStatuses);
                assertTrue(masterBrowser.manage().getCookies().isEmpty(), "no session for a master: " + masterBrowser.manage().getCookies());
                masterBrowser.findElement(By.id("comment-text")).sendKeys("Flot første opkald. Sig dit navn lidt langsommere.");
                WebElement send = masterBrowser.findElement(By.id("comment-send"));
                send.click();
                masterWait.until(Replaced.page(send));
                masterWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-saved")));

                // the student reads the comment, sees the views, and closes the link
                lms.launchAs(student).greeting();
                openInFrame(browser, "/roleplay/record.xhtml?placement=" + placement);
                WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master-1")));
                assertTrue(section.getText().contains("Flot første opkald. Sig dit navn lidt langsommere."), section.getText());
                assertTrue(section.getText().contains("Fra mester: Tømrer Hansen ApS"), section.getText());
                assertEquals("2", section.findElement(By.cssSelector(".lpk-rp-views")).getText(), "the page and the page after the comment");
                WebElement revoke = section.findElement(By.cssSelector(".lpk-rp-revoke"));
                revoke.click();
                wait.until(Replaced.page(revoke));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master-note")));

                // the master's page is now a friendly one, and the film is gone from it
                masterBrowser.navigate().refresh();
                WebElement closed = masterWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link-closed")));
                assertEquals("Linket er lukket", closed.getText());
                assertEquals("revoked", closed.getAttribute("data-reason"));
                assertTrue(masterBrowser.findElements(By.id("player-intro")).isEmpty());
                axe.check("master-feedback-revoked-da", false);
                assertTrue(axe.blocking().isEmpty(), "the master's pages: " + axe.blocking() + "\n" + axe.summary());
            } finally {
                masterBrowser.quit();
            }

            // the demo LMS gradebook shows the rubric score, and its "open the student's work" lands on this attempt
            DemoGradebook graded = attempts.awaitGrade(course, link, student);
            assertEquals(8.0, graded.grade(link, student), "the demo LMS gradebook shows the rubric score");
            int column = ((Number) graded.lineItemOf(link).get("number")).intValue();
            browser.switchTo().defaultContent();
            browser.get(tool.lmsBase() + "/courses/" + course + "/gradebook");
            WebElement review = wait.until(ExpectedConditions.elementToBeClickable(By.id("review-" + student + "-" + column)));
            assertEquals("Åbn elevens arbejde", review.getText());
            review.click();
            wait.until(Replaced.page(review));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-state")));
            assertTrue(browser.getCurrentUrl().contains("/roleplay/assess.xhtml?placement=" + placement), browser.getCurrentUrl());
            assertEquals("released", browser.findElement(By.id("attempt-state")).getAttribute("data-state"));
            assertNotNull(browser.findElement(By.id("player-intro")), "the reviewer can play the attempt");
        } finally {
            browser.quit();
        }
    }

    /** Goes to one of the tool's pages in the frame, with the frame's launch. */
    private void openInFrame(ChromeDriver browser, String path) {
        String here = (String) browser.executeScript("return location.href;");
        browser.executeScript("location.href = arguments[0]", tool.toolBase() + LaunchContextParam.with(path, here));
    }

    /** Records one answer in the browser, plays it back, uses it; its size in bytes and the upload's time in ms. */
    private static long[] record(ChromeDriver browser, WebDriverWait wait, String prompt, String mode, int seconds)
            throws InterruptedException {
        JavascriptExecutor js = browser;
        wait.withMessage(() -> "status: " + js.executeScript("return document.getElementById('rp-status').textContent")
                + " | errors: " + js.executeScript("return window.__errors || ''"));
        browser.findElement(By.cssSelector("#prompt-" + prompt + " input[value='" + mode + "']")).click();
        browser.findElement(By.cssSelector("#prompt-" + prompt + " .lpk-rp-start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prompt-" + prompt + " .lpk-rp-stop")));
        Thread.sleep(seconds * 1000L);
        browser.findElement(By.cssSelector("#prompt-" + prompt + " .lpk-rp-stop")).click();
        WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prompt-" + prompt + " .lpk-rp-review")));
        WebElement playback = review.findElement(By.cssSelector(".lpk-rp-playback " + ("video".equals(mode) ? "video" : "audio")));
        js.executeScript("arguments[0].muted = true; arguments[0].play();", playback);
        wait.until(d -> ((Number) js.executeScript("return arguments[0].currentTime", playback)).doubleValue() > 0.2);
        long size = Long.parseLong(browser.findElement(By.id("prompt-" + prompt)).getAttribute("data-recorded"));
        review.findElement(By.cssSelector(".lpk-rp-use")).click();
        wait.until(Attribute.is("#prompt-" + prompt, "data-answered", mode));
        long ms = Long.parseLong(browser.findElement(By.id("prompt-" + prompt)).getAttribute("data-upload-ms"));
        return new long[] {size, ms};
    }

    private String placementOf(String link, String course) throws Exception {
        return attempts.launchLink(course, link, "student-emma").placement();
    }

    // ---- helpers

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
        assertFalse(response.body().contains("attempt.refused"), "a sentence, not a key: " + response.body());
    }

    /** A form's answer: back to the page (303), with the refusal's reason or "saved". */
    private static void assertBack(HttpResponse<String> response, String reason) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/roleplay/assess.xhtml?attempt="), location);
        assertTrue(reason == null ? location.endsWith("&saved=1") : location.endsWith("&refused=" + reason), location);
    }
}
