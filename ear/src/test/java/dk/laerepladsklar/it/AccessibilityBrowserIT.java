package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.CourseTab;
import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoPlacements;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accessibility, measured. axe-core (WCAG 2.1 A and AA) runs on every page a student, a teacher and an IT admin
 * sees — in Danish and in English, on a desktop (1280×900) and a phone (390×844) — and finds nothing serious or
 * critical; no page scrolls sideways on the phone; and a student completes a module with the keyboard alone, the
 * focus landing on each new step's heading. Each page is saved as a PNG in {@code target/screenshots/}.
 *
 * <p>One browser and one launch per role and language: the tour moves through the pages as people do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String NETWORKING = "teaching-module:networking";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String LEFT = "document.documentElement.setAttribute('data-lpk-left', 'yes');";
    private static final String ARRIVED = "return document.documentElement.getAttribute('data-lpk-left') === null"
            + " && document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ChromeDriver browser;
    private JavascriptExecutor js;
    private WebDriverWait wait;
    private ToolUnderTest tool;
    private AxeAudit audit;
    private final List<String> sideways = new ArrayList<>();
    private final List<String> unnamedBars = new ArrayList<>();
    private final List<String> wrongLanguage = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.start(false, "da,en"); // a Danish browser: the pages before a launch follow its language
        js = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        tool = ToolUnderTest.at(url);
        audit = new AxeAudit(browser);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageInBothLanguagesOnDesktopAndPhoneHasNoSeriousViolationAndNoSidewaysScrolling() throws Exception {
        long started = System.nanoTime();
        tour("da", 5611);
        // An English browser for the English tour: the pages before a launch follow the browser's language.
        browser.quit();
        browser = Chromium.start(false, "en-GB,en");
        js = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        audit = audit.with(browser);
        tour("en", 5612);
        System.out.printf("Accessibility tour: %s; %d s%n", audit.summary(), (System.nanoTime() - started) / 1_000_000_000L);

        List<String> problems = new ArrayList<>();
        audit.blocking().forEach(p -> problems.add("axe: " + p));
        sideways.forEach(p -> problems.add("scrolls sideways at 390 px: " + p));
        wrongLanguage.forEach(p -> problems.add("lang attribute: " + p));
        unnamedBars.forEach(p -> problems.add("progress bar: " + p));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
    }

    @Test
    void aStudentCompletesAModuleWithTheKeyboardAloneAndFocusLandsOnEachNewStep() throws Exception {
        String lms = tool.lmsBase() + "?course=course-5613&lang=da";
        place(lms);
        // The LMS's own button starts the tool; from here on the student uses only the keyboard: Tab leads from
        // the LMS's page into the tool's frame, where the first stop is the tool's "skip to content" link.
        CourseTab.inThisTab(browser, lms).launch("launch-student-5613-1", "step-title");
        frame();
        int intoTool = 0;
        while ("outside the tool".equals(focused())) {
            assertTrue(++intoTool < 80, "Tab never reached the tool's frame");
            key(Keys.TAB);
        }
        assertEquals(Boolean.TRUE, js.executeScript("return document.activeElement.classList.contains('lpk-skip');"),
                "the first stop in the tool is the skip link: " + focused());

        Path cv = pdf();
        List<Integer> tabsToNext = new ArrayList<>();
        for (int step = 0; step < 20; step++) {
            if (present("completed")) {
                assertEquals("step-title", focused(), "the end page's heading has the focus");
                assertTrue(text("score").contains("100"), text("score"));
                System.out.println("Keyboard only: Tab presses from a step's heading to \"Næste\": " + tabsToNext);
                return;
            }
            for (String question : questions()) {
                tabTo("option-" + question + "-b");
                key(Keys.SPACE);
                awaitAjax();
                assertEquals("feedback-" + question, focused(), "the answer's feedback has the focus");
            }
            if (present("reflection-text") && !present("reflection-saved")) {
                tabTo("reflection-text");
                browser.switchTo().activeElement().sendKeys("Jeg spørger min morbror, som er tømrer.");
                tabTo("save-reflection");
                pressAndAwaitNewPage(Keys.ENTER);
                assertFocusInMain("after saving a reflection");
                assertTrue(present("reflection-saved"), "saved with the keyboard");
            }
            if (present("task-done")) {
                tabTo("task-done");
                pressAndAwaitNewPage(Keys.ENTER);
                assertFocusInMain("after ticking a task");
                assertTrue(present("task-confirmed"), "ticked with the keyboard");
            }
            if (present("upload-file") && !present("uploaded-file")) {
                tabTo("upload-file");
                browser.switchTo().activeElement().sendKeys(cv.toString()); // what a file dialog does, typed
                tabTo("upload");
                pressAndAwaitNewPage(Keys.SPACE);
                assertFocusInMain("after an upload");
                assertTrue(present("uploaded-file"), "uploaded with the keyboard");
            }
            String before = text("step-title");
            tabsToNext.add(tabTo("next"));
            pressAndAwaitNewPage(Keys.ENTER);
            assertEquals("step-title", focused(), "after \"" + before + "\" the new step's heading has the focus, not the body");
        }
        throw new AssertionError("the module did not end with the keyboard alone");
    }

    // ---- the tour ------------------------------------------------------------------------------------------

    private void tour(String lang, int n) throws Exception {
        String course = "course-" + n;
        String lms = tool.lmsBase() + "?course=" + course + "&lang=" + lang;
        // A class of three: every kind of row on the class page, and screenshots a person can read.
        assertEquals(200, tool.client().post(tool.lmsBase() + "/courses/" + course + "/size", "students=3", null).statusCode());

        // The teacher's Deep Linking chooser (looked at, not sent: the LMS's answer reloads its whole page, which
        // races with the next page the test opens), then the class page's chooser places the module on the link.
        CourseTab.inThisTab(browser, lms).launch("select-content", "select:send");
        look("teacher-content-selection", lang, true);
        CourseTab chooser = CourseTab.inThisTab(browser, lms).launch("launch-teacher", "choose-section");
        look("teacher-activity-chooser", lang, true);
        chooser.chooseActivity(NETWORKING, "overview-title");

        // The student: every kind of step, the end of the module, "Mit forløb", help, and two pages that refuse.
        CourseTab student = CourseTab.inThisTab(browser, lms).launch("launch-student-" + n + "-1", "step-title");
        look("student-reading", lang, true);
        frame();
        @SuppressWarnings("unchecked")
        List<String> steps = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('#step-list a')).map(function (a) { return a.href; });");
        assertEquals(8, steps.size(), "the networking module's steps: " + steps);
        go(steps.get(4), "step-title");
        String question = questions().get(0);
        browser.findElement(By.id("option-" + question + "-a")).click();
        awaitAjax();
        wait.until(d -> !text("feedback-" + question).isBlank());
        look("student-quiz", lang, true);
        goAndLook(steps.get(5), "reflection-text", "student-reflection", lang);
        goAndLook(steps.get(6), "task-done", "student-task", lang);
        goAndLook(steps.get(7), "upload-file", "student-upload", lang);
        frame();
        go(steps.get(0), "step-title");
        new ModulePlayerFrame(browser).completeAnswering("b", "en".equals(lang) ? "I will ask my uncle." : "Jeg spørger min onkel.");
        look("student-module-end", lang, true);
        student.click("nav-home", "greeting");
        look("student-home", lang, true);
        student.click("nav-help", "help-who");
        look("student-help", lang, true);
        String studentPage = student.toolUrl();
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/teacher/class.xhtml", studentPage), "forbidden");
        look("forbidden", lang, true);
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/error", studentPage), "incident-title");
        look("incident", lang, true);

        // The teacher: the module overview (with the student's progress) and the class table.
        String teacherPage = CourseTab.inThisTab(browser, lms).launch("launch-teacher", "nav-class").toolUrl();
        String placement = steps.get(0).replaceAll(".*[?&]placement=([^&]+).*", "$1");
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/modules/overview.xhtml?placement=" + placement, teacherPage), "overview-title");
        assertProgressBarsAreNamed(lang);
        look("teacher-module-overview", lang, true);
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/teacher/class.xhtml", teacherPage), "overview:students");
        look("teacher-class", lang, true);

        // The role-play practice: the conversation at its start and, played with the keyboard, at its end with the
        // feedback; then the teacher's overview of who practised.
        UUID rolePlay = DemoPlacements.place(course, "role-play", "first-call", "Det første opkald", 12);
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/roleplay/practice.xhtml?placement=" + rolePlay, studentPage), "now-says");
        look("student-roleplay-practice", lang, true);
        frame();
        for (String answer : List.of("answer-full", "answer-reason", "answer-visit")) {
            tabTo(answer);
            pressAndAwaitNewPage(Keys.ENTER);
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-list")));
        look("student-roleplay-feedback", lang, true);
        frame();
        go(LaunchContextParam.with(tool.toolBase() + "/roleplay/overview.xhtml?placement=" + rolePlay, teacherPage), "overview-title");
        look("teacher-roleplay-overview", lang, true);

        // Pages outside the LMS: the front page, the admin pages, a page opened without a launch, a failed launch.
        browser.switchTo().defaultContent();
        top(tool.toolBase() + "/", "registration-url", "front", lang);
        top(tool.toolBase() + "/admin/platforms.xhtml", "signin:token", "admin-sign-in", lang);
        browser.findElement(By.id("signin:token")).sendKeys(AdminApi.TOKEN);
        js.executeScript(LEFT);
        browser.findElement(By.id("signin:go")).click();
        wait.until(d -> (Boolean) js.executeScript(ARRIVED, "audit"));
        look("admin-platforms", lang, false);
        top(tool.toolBase() + "/admin/personal-data.xhtml", "find:subject", "admin-personal-data", lang);
        browser.manage().deleteAllCookies(); // signed out: the tool's own pages now see no one
        top(tool.toolBase() + "/student/home.xhtml", "not-launched", "not-launched", lang);
        top(tool.toolBase() + "/api/lti/login", "reason", "launch-failed", lang);
    }

    /** The teacher's overview names each progress bar after its student and says "n af m trin" / "n of m steps". */
    private void assertProgressBarsAreNamed(String lang) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) js.executeScript("""
                return Array.from(document.querySelectorAll('#students [role=progressbar]')).map(function (b) {
                  var by = b.getAttribute('aria-labelledby');
                  var name = by ? by.split(' ').map(function (id) { return document.getElementById(id).textContent.trim(); }).join(' ')
                                : b.getAttribute('aria-label');
                  return {name: name, text: b.getAttribute('aria-valuetext')};
                });""");
        String expected = "en".equals(lang) ? "8 of 8 steps" : "8 af 8 trin";
        if (bars.size() != 1 || !String.valueOf(bars.get(0).get("name")).contains("Elev")
                || !expected.equals(bars.get(0).get("text"))) {
            unnamedBars.add(lang + ": want one bar named after the student with the value \"" + expected + "\": " + bars);
        }
    }

    private void goAndLook(String address, String landsOn, String page, String lang) throws IOException {
        frame();
        go(address, landsOn);
        look(page, lang, true);
    }

    private void top(String address, String landsOn, String page, String lang) throws IOException {
        browser.switchTo().defaultContent();
        browser.get(address);
        wait.until(d -> (Boolean) js.executeScript(ARRIVED, landsOn));
        look(page, lang, false);
    }

    /** axe, the sideways check and a screenshot, at desktop and at phone width. */
    private void look(String page, String lang, boolean inToolFrame) throws IOException {
        checkLanguage(page + "-" + lang, lang, inToolFrame);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            browser.switchTo().defaultContent();
            browser.manage().window().setSize(size);
            settle(inToolFrame);
            audit.check(page + "-" + lang + "-" + width, inToolFrame);
            if (size == PHONE) {
                checkSideways(page + "-" + lang, inToolFrame);
            }
            screenshot("a11y-" + page + "-" + lang + "-" + width + ".png", inToolFrame, size);
        }
        browser.switchTo().defaultContent();
    }

    /**
     * Brings the tool's frame into view: Chromium stops rendering a cross-site frame that is off screen (on the phone
     * the demo LMS puts its frame below the course's links), and axe and the screenshot need it drawn.
     */
    private void settle(boolean inToolFrame) {
        if (inToolFrame) {
            js.executeScript("document.getElementById('tool-frame').scrollIntoView();");
        }
    }

    /** axe checks that a page names a valid language; this checks that it names the language it shows. */
    private void checkLanguage(String page, String lang, boolean inToolFrame) {
        if (inToolFrame) {
            frame();
        }
        String declared = (String) js.executeScript("return document.documentElement.getAttribute('lang');");
        browser.switchTo().defaultContent();
        if (declared == null || !declared.toLowerCase(java.util.Locale.ROOT).startsWith(lang)) {
            wrongLanguage.add(page + ": the page shows " + lang + " but says lang=\"" + declared + "\"");
        }
    }

    private void checkSideways(String page, boolean inToolFrame) {
        if (inToolFrame) {
            frame();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> width = (Map<String, Object>) js.executeScript("""
                var root = document.scrollingElement || document.documentElement;
                var limit = root.clientWidth + 1, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > limit && r.width > 0 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > limit)) {
                    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                        ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(r.right) + ' px)');
                  }
                });
                return {scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 6).join(', ')};""");
        browser.switchTo().defaultContent();
        long scroll = ((Number) width.get("scroll")).longValue();
        long client = ((Number) width.get("client")).longValue();
        if (scroll > client + 1) {
            sideways.add(page + ": " + scroll + " px wide in " + client + " px — " + width.get("wide"));
        }
    }

    /**
     * The whole page as a PNG: for the tool, its frame grown to the page's full height. The viewport is made as
     * tall as the page for the shot, because Chromium does not draw a cross-site frame's parts outside it.
     */
    private void screenshot(String name, boolean inToolFrame, Dimension size) throws IOException {
        long height;
        if (inToolFrame) {
            frame();
            long page = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
            browser.switchTo().defaultContent();
            height = ((Number) js.executeScript("""
                    var f = document.getElementById('tool-frame');
                    f.style.height = (arguments[0] + 4) + 'px';
                    return f.getBoundingClientRect().top + scrollY + arguments[0] + 4;""", Math.min(page, 7000))).longValue();
        } else {
            height = ((Number) js.executeScript("return (document.scrollingElement || document.documentElement).scrollHeight;")).longValue();
        }
        // A viewport as tall as the page (a window cannot grow past the screen), so every part of it is drawn.
        long innerWidth = ((Number) js.executeScript("return innerWidth;")).longValue();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", innerWidth,
                "height", Math.max(size.getHeight(), Math.min(height, 8000)), "deviceScaleFactor", 1, "mobile", false));
        js.executeScript("scrollTo(0, 0);");
        if (inToolFrame) {
            frame(); // wait until the frame has drawn itself at its new size
            js.executeAsyncScript("var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
            browser.switchTo().defaultContent();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> clip = new java.util.HashMap<>((Map<String, Object>) js.executeScript(inToolFrame
                ? "var r = document.getElementById('tool-frame').getBoundingClientRect();"
                        + " return {x: r.left, y: r.top, width: r.width, height: r.height};"
                : "return {x: 0, y: 0, width: innerWidth, height: innerHeight};"));
        clip.put("scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "clip", clip));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        if (inToolFrame) {
            js.executeScript("document.getElementById('tool-frame').style.height = '';");
        }
    }

    // ---- keyboard ------------------------------------------------------------------------------------------

    /** Presses Tab until the element with this id has the focus; returns how many presses it took. */
    private int tabTo(String id) {
        for (int presses = 0; presses <= 40; presses++) {
            if (id.equals(focused())) {
                return presses;
            }
            key(Keys.TAB);
        }
        throw new AssertionError("40 Tab presses did not reach " + id + "; the focus is on " + focused());
    }

    private void key(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private void pressAndAwaitNewPage(CharSequence key) {
        js.executeScript(LEFT);
        key(key);
        wait.until(d -> (Boolean) js.executeScript(
                "return !document.documentElement.hasAttribute('data-lpk-left') && document.readyState === 'complete';"));
        awaitAjax();
    }

    private void assertFocusInMain(String when) {
        String where = (String) js.executeScript("""
                var a = document.activeElement;
                if (!document.hasFocus()) { return 'outside the tool'; }
                if (!a || a === document.body) { return 'body'; }
                return document.getElementById('main').contains(a) ? 'main' : a.outerHTML.substring(0, 120);""");
        assertEquals("main", where, "the focus is in the page's main content " + when);
    }

    /** The id of the element with the keyboard focus in the tool's page ("body" or "outside" when none). */
    private String focused() {
        return (String) js.executeScript("""
                if (!document.hasFocus()) { return 'outside the tool'; }
                var a = document.activeElement;
                return !a || a === document.body ? 'body' : (a.id || a.outerHTML.substring(0, 80));""");
    }

    // ---- shared steps ---------------------------------------------------------------------------------------

    /** The teacher opens the course's link and picks the networking module for it on the class page. */
    private void place(String lms) {
        CourseTab.inThisTab(browser, lms).launch("launch-teacher", "choose-section").chooseActivity(NETWORKING, "overview-title");
    }

    /** In the tool's frame: opens an address and waits for an element of the new page. */
    private void go(String address, String landsOn) {
        js.executeScript(LEFT + "location.href = arguments[0];", address);
        wait.until(d -> (Boolean) js.executeScript(ARRIVED, landsOn));
    }

    private void frame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    @SuppressWarnings("unchecked")
    private List<String> questions() {
        return (List<String>) js.executeScript("""
                var ids = [];
                document.querySelectorAll("[id^='option-']").forEach(function (b) {
                  var q = b.id.substring('option-'.length, b.id.lastIndexOf('-'));
                  if (ids.indexOf(q) < 0) { ids.push(q); }
                });
                return ids;""");
    }

    private void awaitAjax() {
        wait.until(d -> (Boolean) js.executeScript("""
                return document.readyState === 'complete'
                    && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                    && (!window.jQuery || jQuery.active === 0);"""));
    }

    private String text(String id) {
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;", id);
    }

    private boolean present(String id) {
        return (Boolean) js.executeScript("return document.getElementById(arguments[0]) !== null;", id);
    }

    private static Path pdf() throws IOException {
        Path cv = Files.createTempFile("mit-cv", ".pdf");
        Files.write(cv, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return cv;
    }
}
