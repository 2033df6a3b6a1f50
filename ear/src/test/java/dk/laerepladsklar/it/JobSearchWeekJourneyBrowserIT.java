package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.it.support.Replaced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The job-search week's "done when" as one journey in headless Chromium through the demo LMS, on WildFly with
 * PostgreSQL: the teacher places a week from the shipped template with "Vælg indhold" (Deep Linking), starts it today,
 * moves one session into today with a room of its own, and adds a role-play and a module; the student follows "I dag"
 * (today's sessions, what to do now, a task ticked), opens the module from the week and completes it, comes back by
 * the kernel's link, and does the role-play (recorded and sent over HTTP as the record page does, assessed and
 * released by the teacher as the assess page does); a mentor reads the week without changing it; the teacher records
 * attendance on a phone-size window; the demo LMS gradebook shows the week's score as the roll-up counts it; the
 * run-sheet PDF has the programme and the rooms. Screenshots go to target/screenshots (journey-week-*.png).
 */
class JobSearchWeekJourneyBrowserIT extends DemoLmsEndToEnd {

    private static final String COURSE = "course-7200";
    private static final String STUDENT = "student-7200-1";
    private static final String TEACHER = "teacher-7200";
    private static final String MENTOR = "mentor-7200";
    private static final String OFFER = "job-search-week:template";
    /** The week's title: the template offer's, as the teacher placed it. */
    private static final String WEEK = "Jobsøgningsuge (fem dage, klar til brug)";
    private static final ZoneId SCHOOL = ZoneId.of("Europe/Copenhagen");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A session of the template's third day, moved into the first day with a room of its own. */
    private static final String MOVED = "Lærlinge fortæller: sådan fandt jeg min læreplads";
    private static final String ROOM = "Auditoriet A1.12";
    private static final String ROLE_PLAY = "Øv igen: ring til en mester";
    private static final String MODULE = "Arbejdslivet";
    private static final String TASK = "Opret dig som lærepladssøgende på lærepladsen.dk";
    /** The shipped template's eleven activities and the two the teacher adds. */
    private static final int ACTIVITIES = 13;

    private ChromeDriver browser;
    private JavascriptExecutor js;
    private WebDriverWait wait;

    @Test
    void aWeekPlacedPlannedFollowedScoredRegisteredAndPrinted() throws Exception {
        String lms = tool.lmsBase() + "?course=" + COURSE + "&lang=da";
        LocalDate today = LocalDate.now(SCHOOL);
        browser = Chromium.start(false, "da-DK,da");
        js = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            // 1. The teacher places the template week with the demo LMS's "Vælg indhold" (Deep Linking).
            browser.get(lms);
            click("select-content");
            frame();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-activity='" + OFFER + "']"))).click();
            js.executeScript("setTimeout(function () { document.getElementById('select:send').click(); }, 0);");
            String link = awaitPlacedLink();
            awaitCoursePageAfterPlacing();

            // 2. The teacher opens the week (made from the template), starts it today, moves a session into today with
            //    a room of its own, and adds a role-play and a module due today.
            launch(lms, link, TEACHER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-title")));
            assertEquals(WEEK, text("week-title"));
            setValue("week:first-day", today.toString());
            submit(browser.findElement(By.id("week:save")), "week-dates");
            wait.until(d -> today.toString().equals(browser.findElement(By.id("week-dates")).getAttribute("data-first-day")));

            String session = (String) js.executeScript("var title = arguments[0], found = null;"
                    + " document.querySelectorAll(\"section[data-day='3'] li.lpk-week-session\").forEach(function (li) {"
                    + " if (li.querySelector('.lpk-week-session-title').textContent.trim() === title) { found = li.dataset.session; } });"
                    + " return found;", MOVED);
            assertTrue(session != null, "the template has \"" + MOVED + "\" on day 3");
            submit(browser.findElement(By.cssSelector("[data-edit='" + session + "']")), "editing-note");
            setValue("session:date", today.toString());
            setValue("session:start", "14:45");
            setValue("session:end", "15:30");
            WebElement place = browser.findElement(By.id("session:place"));
            place.clear();
            place.sendKeys(ROOM);
            submit(browser.findElement(By.id("session:save")), "programme");
            WebElement moved = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("section[data-day='1'] li[data-session='" + session + "']")));
            assertEquals("14:45", moved.getAttribute("data-start"));
            assertTrue(moved.getText().contains(ROOM), moved.getText());
            assertTrue(browser.findElements(By.cssSelector("section[data-day='3'] li[data-session='" + session + "']")).isEmpty(),
                    "the session left day 3");

            addActivity("role-play:first-call", ROLE_PLAY, today);
            addActivity("teaching-module:world-of-work", MODULE, today);
            assertEquals(ACTIVITIES, browser.findElements(By.cssSelector("#week-activities li.lpk-week-activity")).size());

            // 3. The student follows "I dag": today's sessions with the moved one and its room, what to do now, the week
            //    at a glance; ticks the task of registering on lærepladsen.dk.
            // (the window takes a phone's size before the LMS page loads: resizing around a frame reloads the LMS's page)
            browser.manage().window().setSize(new Dimension(390, 844));
            launch(lms, link, STUDENT);
            awaitToday();
            assertEquals("0", attribute("week-progress", "data-done"));
            assertEquals(String.valueOf(ACTIVITIES), attribute("week-progress", "data-total"));
            assertEquals("0 af 13 lavet", text("week-progress"));
            String date = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("da")).format(today);
            assertEquals("I dag er det " + date + ".", text("today-date"));
            String sessions = text("today-sessions");
            assertTrue(sessions.contains("Kl. 14.45–15.30") && sessions.contains(MOVED) && sessions.contains("Sted: " + ROOM),
                    sessions);
            assertTrue(sessions.contains("Velkommen til ugen"), "the first day's own sessions: " + sessions);
            assertEquals("today", attribute("day-1", "data-when"));
            assertTrue(browser.findElement(By.id("day-1")).getAttribute("open") != null, "today is not folded");
            assertTrue(text("do-now").contains("Skal være lavet i dag."), text("do-now"));
            assertEquals(1, browser.findElements(By.cssSelector("#do-now [data-lpk-read-aloud]")).size(),
                    "what to do now can be read aloud");
            shot("journey-week-today");

            WebElement tick = activity(TASK).findElement(By.cssSelector("button[data-tick]"));
            submit(tick, "ticked-note");
            assertEquals("Godt! Opgaven er sat til lavet.", text("ticked-note"));
            assertEquals("1 af 13 lavet", text("week-progress"));
            assertEquals("done", activity(TASK).getAttribute("data-state"));

            // 4. The module opens in place from the week; the student completes it and goes back by the kernel's link.
            WebElement open = activity(MODULE).findElement(By.cssSelector("a[data-open]"));
            String partOfModule = placementIn(open.getAttribute("href"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", open);
            open.click();
            wait.until(Replaced.page(open));
            ModulePlayerFrame player = new ModulePlayerFrame(browser);
            assertFalse(player.stepTitle().isBlank());
            String score = player.completeAnswering("b", "Jeg vil spørge min onkel, som er tømrer.");
            assertTrue(score.matches("Dine point: [\\d,]+ af 100"), score);
            double modulePoints = Double.parseDouble(score.replaceAll("Dine point: ([\\d,]+) af 100", "$1").replace(',', '.'));
            WebElement back = browser.findElement(By.id("back-to-whole"));
            assertEquals("Tilbage til " + WEEK, back.getText());
            assertTrue(back.getAttribute("href").contains("/week/today.xhtml?placement="), back.getAttribute("href"));
            back.click();
            wait.until(Replaced.page(back));
            awaitToday();
            assertEquals("2 af 13 lavet", text("week-progress"));
            assertEquals("done", activity(MODULE).getAttribute("data-state"));
            assertTrue(placementIn(link(activity(MODULE))).equals(partOfModule));

            // 5. The role-play, recorded and sent by the student, assessed (8 of 12) and released by the teacher.
            String rolePlay = placementIn(link(activity(ROLE_PLAY)));
            RecordedAttempts attempts = new RecordedAttempts(client, tool);
            Person student = courses.launchLink(COURSE, link, STUDENT);
            RecordedAttempts.Sent sent = attempts.recordAndSend(student, rolePlay, "Jeg vil gerne lære faget.");
            browser.manage().window().setSize(new Dimension(1280, 900));
            launch(lms, link, STUDENT);
            awaitToday();
            assertEquals("sent", activity(ROLE_PLAY).getAttribute("data-state"), "sent to the teacher counts as done");
            assertEquals("3 af 13 lavet", text("week-progress"));
            Person teacher = courses.launchLink(COURSE, link, TEACHER);
            attempts.assessAndRelease(teacher, sent.attempt(), "Godt, at du sagde dit navn med det samme.");
            launch(lms, link, STUDENT);
            awaitToday();
            assertEquals("done", activity(ROLE_PLAY).getAttribute("data-state"));

            // 6. The demo LMS gradebook shows the week's score: each activity weighs the same, a part its points over its
            //    maximum, a ticked task 1: 100 × (1 + module/100 + 8/12) / 13, rounded to two decimals.
            double expected = Math.round(100.0 * (1 + modulePoints / 100.0 + 8.0 / 12) / ACTIVITIES * 100) / 100.0;
            DemoGradebook graded = courses.awaitGradebook(COURSE, g -> Double.valueOf(expected).equals(g.grade(link, STUDENT)));
            assertEquals(expected, graded.grade(link, STUDENT));
            int column = ((Number) graded.lineItemOf(link).get("number")).intValue();
            assertTrue(text("week-points").contains(String.valueOf(expected).replace('.', ',')),
                    "the student's page says the same points: " + text("week-points"));

            // 7. The mentor reads the week of a mentee, and can change nothing.
            launch(lms, link, MENTOR);
            WebElement mentee = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#choose-mentee a[href*='student=" + STUDENT + "']")));
            mentee.click();
            wait.until(Replaced.page(mentee));
            awaitToday();
            assertEquals("Du ser din elevs uge. Du kan se alt, men ikke ændre noget.", text("reading-note"));
            assertEquals("3 af 13 lavet", text("week-progress"));
            assertTrue(browser.findElements(By.cssSelector("button[data-tick], a[data-open], form")).isEmpty(),
                    "nothing to tick or open for a mentor");

            // 8. The teacher records attendance at the moved session on a phone-size window.
            browser.manage().window().setSize(new Dimension(390, 844));
            launch(lms, link, TEACHER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-title")));
            follow("open-today");
            follow("open-progress");
            WebElement register = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("th[data-session='" + session + "'] a.lpk-wk-register-link")));
            String runSheet = browser.findElement(By.id("runsheet")).getAttribute("href");
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", register);
            register.click();
            wait.until(Replaced.page(register));
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register li[data-student='" + STUDENT + "']")));
            assertEquals(MOVED, text("register-title"));
            WebElement tap = row.findElement(By.cssSelector("button.lpk-wk-tap"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", tap);
            tap.click();
            wait.until(Replaced.page(tap));
            WebElement recorded = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register li[data-student='" + STUDENT + "']")));
            assertEquals("present", recorded.getAttribute("data-status"));
            shot("journey-week-attendance");

            // 9. The run-sheet PDF has the programme and the rooms.
            String pdf = pdfText(download(runSheet));
            for (String expectedText : List.of(MOVED, ROOM, "Velkommen til ugen: programmet og målet", "Lokale (skriv her)",
                    "Prøvesamtaler med en mester, optaget på video", "Mødelokaler (skriv her)")) {
                assertTrue(pdf.contains(expectedText), "the run-sheet has \"" + expectedText + "\": " + pdf);
            }

            // 10. The demo LMS's gradebook page shows the number.
            browser.switchTo().defaultContent();
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(tool.lmsBase() + "/courses/" + COURSE + "/gradebook?lang=da");
            WebElement cell = browser.findElement(By.id("grade-" + STUDENT + "-" + column));
            assertEquals(expected, Double.parseDouble(cell.getAttribute("data-value")));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("journey-week-gradebook.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    // ---- the plan page

    private void addActivity(String offer, String title, LocalDate due) {
        WebElement select = browser.findElement(By.id("offer"));
        js.executeScript("arguments[0].value = arguments[1];", select, offer);
        WebElement name = browser.findElement(By.id("add-activity:title"));
        name.clear();
        name.sendKeys(title);
        setValue("add-activity:due", due.toString());
        submit(browser.findElement(By.id("add-activity:add")), "week-activities");
        wait.until(d -> d.findElements(By.cssSelector("#week-activities li.lpk-week-activity[data-activity='" + offer + "']"))
                .stream().anyMatch(li -> li.getText().contains(title)));
    }

    // ---- the "I dag" page

    /** The "I dag" page has loaded in the tool's frame (looked up again: the frame's document was replaced). */
    private void awaitToday() {
        frame();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-progress")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not the week's page: " + js.executeScript("return location.href + ' ' + "
                    + "document.body.innerText.replace(/\\s+/g, ' ').substring(0, 600);"), e);
        }
    }

    /** The activity's row in the week at a glance, by its title. */
    private WebElement activity(String title) {
        return browser.findElements(By.cssSelector("#week-glance li.lpk-today-activity")).stream()
                .filter(li -> li.findElement(By.cssSelector(".lpk-today-activity-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no activity " + title + " in " + text("week-glance")));
    }

    private static String link(WebElement activity) {
        return activity.findElement(By.cssSelector("a[data-open]")).getAttribute("href");
    }

    private static String placementIn(String href) {
        return href.replaceAll(".*[?&]placement=([0-9a-f-]{36}).*", "$1");
    }

    // ---- the demo LMS

    private String awaitPlacedLink() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (DemoGradebook.of(client, tool, COURSE).links().isEmpty()) {
            assertTrue(System.currentTimeMillis() < deadline, "the LMS did not place the link");
            Thread.sleep(250);
        }
        return DemoGradebook.of(client, tool, COURSE).linkFor(OFFER);
    }

    private void awaitCoursePageAfterPlacing() {
        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return window.top === window.self && document.readyState === 'complete' ? location.href : '';"))
                        .contains("placed="));
    }

    private void launch(String lms, String link, String person) {
        browser.switchTo().defaultContent();
        browser.get(lms);
        click("launch-" + link + "-" + person);
        frame();
    }

    private void frame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Follows a link of the page in the frame; the next page has replaced it. */
    private void follow(String id) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        wait.until(Replaced.page(link));
    }

    // ---- forms and texts

    /** A date or time field's value as the browser's picker would set it. */
    private void setValue(String id, String value) {
        js.executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    /** Posts a form by its button; the page comes back with this element on it. */
    private void submit(WebElement button, String landsOn) {
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(Replaced.page(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(landsOn)));
    }

    private String text(String id) {
        return String.valueOf(js.executeScript("var e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';", id));
    }

    private String attribute(String id, String name) {
        return browser.findElement(By.id(id)).getAttribute(name);
    }

    /** Downloads a file in the frame with its session, as the page's link would; the bytes of a PDF. */
    private byte[] download(String address) {
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    var bytes = new Uint8Array(b), s = '';"
                        + "    for (var i = 0; i < bytes.length; i += 8192) { s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); }"
                        + "    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(s)});"
                        + "  });"
                        + "}).catch(function (e) { done({status: -1, type: String(e), body: ''}); });", address);
        assertEquals(200L, ((Number) got.get("status")).longValue(), address + ": " + got.get("type"));
        assertTrue(String.valueOf(got.get("type")).startsWith("application/pdf"), String.valueOf(got.get("type")));
        return Base64.getDecoder().decode((String) got.get("body"));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The tool's frame as the page is now, at the window's size; called from inside the frame. */
    private void shot(String name) throws Exception {
        browser.switchTo().defaultContent();
        byte[] png = browser.findElement(By.id("tool-frame")).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        frame();
    }
}
