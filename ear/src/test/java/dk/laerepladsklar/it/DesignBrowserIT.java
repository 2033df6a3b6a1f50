package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.pages.PlayerLook;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoPlacements;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The module player reads as designed, in headless Chromium at desktop (1280×900) and phone (390×844) size:
 * primary and secondary buttons styled (not the PrimeFaces theme's white square inputs), a focus ring of at least
 * 3:1, Atkinson Hyperlegible really loaded, messages with icon, word and role, read-aloud that names each button,
 * says plainly when there is no voice and marks the sentence it reads, the quiz's "only the first answer counts"
 * before and after, and an upload over the server's limit answered in the frame like one just over the app's.
 * Screenshots go to {@code target/screenshots/design-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DesignBrowserIT {

    private static final String ACCENT = "rgb(11, 110, 79)";
    private static final String TOO_LARGE_DA = "Filen er for stor. Den må højst fylde 10 MB.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        tool = ToolUnderTest.at(url);
        browser = Chromium.start(false);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentWorksThroughAModuleThatLooksAsDesignedOnDesktopAndPhone() throws Exception {
        String play = placedModuleFor("student-mikkel", "da");
        PlayerLook page = new PlayerLook(browser).size(1280, 900).open(play + "&step=your-network", "next");

        // Primary button: the app's green, rounded, white text; not the theme's white square input.
        assertEquals(ACCENT, page.style("next", "background-color"));
        assertEquals("rgb(255, 255, 255)", page.style("next", "color"));
        assertTrue(px(page.style("next", "border-top-left-radius")) >= 8, page.style("next", "border-top-left-radius"));
        assertTrue(px(page.style("next", "height")) >= 44, "a large touch target");

        // The font is shipped and loaded, not just named.
        List<Map<String, Object>> faces = page.fontFaces("Atkinson Hyperlegible");
        assertTrue(faces.stream().anyMatch(f -> "loaded".equals(f.get("status"))), faces.toString());
        assertTrue(faces.stream().noneMatch(f -> String.valueOf(f.get("status")).startsWith("error")), faces.toString());
        assertTrue(page.style("step-title", "font-family").startsWith("\"Atkinson Hyperlegible\""));
        assertEquals(Boolean.TRUE, page.script("return document.fonts.check('700 1em \"Atkinson Hyperlegible\"', 'æøå ÆØÅ');"));

        // Focus ring on the primary button: dark outline against white, white inner ring against the green.
        page.script("document.getElementById('next').focus();");
        assertEquals(Boolean.TRUE, page.script("return document.getElementById('next').matches(':focus-visible');"));
        assertEquals("solid", page.style("next", "outline-style"));
        assertTrue(px(page.style("next", "outline-width")) >= 2, page.style("next", "outline-width"));
        double outline = contrast(page.style("next", "outline-color"), "rgb(255, 255, 255)");
        assertTrue(outline >= 3, "outline against white: " + outline);
        String shadow = page.style("next", "box-shadow");
        assertTrue(shadow.startsWith("rgb(255, 255, 255)"), "a white inner ring: " + shadow);
        double inner = contrast("rgb(255, 255, 255)", page.style("next", "background-color"));
        assertTrue(inner >= 3, "inner ring against the button: " + inner);

        // Read-aloud: every button has a name of its own, saying what it reads.
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page.script(
                "return Array.from(document.querySelectorAll('[data-lpk-read-aloud]')).map(b => b.getAttribute('aria-label'));");
        assertEquals("Læs op: Du har et netværk", names.get(0));
        page.screenshot("design-player-reading-desktop");
        page.size(390, 844);
        assertTrue(px(page.style("next", "width")) <= 390, "the button fits the phone");
        assertEquals(Boolean.FALSE, page.script("return document.documentElement.scrollWidth > window.innerWidth;"), "no sideways scroll");
        page.screenshot("design-player-reading-phone");
        page.size(1280, 900);

        // A secondary button: white with a green border, also rounded.
        page.submit("next", "previous");
        assertEquals("rgb(255, 255, 255)", page.style("previous", "background-color"));
        assertEquals(ACCENT, page.style("previous", "border-top-color"));
        assertTrue(px(page.style("previous", "border-top-left-radius")) >= 8);
        page.submit("next", "next").submit("next", "next").submit("next", "first-answer-counts");

        // Before the quiz: only the first answer counts.
        assertTrue(page.text("first-answer-counts").startsWith("Kun dit første svar tæller."), page.text("first-answer-counts"));
        @SuppressWarnings("unchecked")
        List<String> quizNames = (List<String>) page.script(
                "return Array.from(document.querySelectorAll('[data-lpk-read-aloud]')).map(b => b.getAttribute('aria-label'));");
        assertEquals(quizNames.size(), new HashSet<>(quizNames).size(), "six buttons, six names: " + quizNames);
        assertTrue(quizNames.size() >= 5, quizNames.toString());
        page.screenshot("design-player-quiz-desktop");
        page.size(390, 844);
        page.screenshot("design-player-quiz-phone");
        page.size(1280, 900);
        page.answer("option-q1-a");
        page.waitFor("return (document.getElementById('feedback-q1') || {}).innerText.indexOf('Ikke helt') >= 0;");
        assertTrue(page.text("feedback-q1").contains("Dine point for spørgsmålet ændrer sig ikke."), page.text("feedback-q1"));
        page.fullScreenshot("design-player-quiz-wrong-desktop");
        for (String[] qa : new String[][] {{"q1", "b"}, {"q2", "b"}, {"q3", "a"}, {"q4", "b"}}) {
            page.answer("option-" + qa[0] + "-" + qa[1]);
            page.waitFor("return (document.getElementById(arguments[0]) || {}).innerText.indexOf('Rigtigt') >= 0;", "feedback-" + qa[0]);
        }
        page.submit("next", "reflection-text");

        // Messages: an error is an alert with a cross and "Fejl:", a success a status with a tick and "Udført:".
        page.submit("save-reflection", "reflection-text");
        Map<String, Object> error = page.messages();
        assertEquals("alert", error.get("role"), error.toString());
        Map<?, ?> errorItem = (Map<?, ?>) ((List<?>) error.get("items")).get(0);
        assertEquals("error", errorItem.get("kind"));
        assertEquals("Fejl:", errorItem.get("word"));
        assertEquals("Skriv dit svar i feltet, før du gemmer.", errorItem.get("text"));
        assertTrue(String.valueOf(errorItem.get("icon")).startsWith("url(\"data:image/svg+xml"), "a cross: " + errorItem.get("icon"));
        assertEquals(0L, error.get("nestedRegions"), "one live region, not two inside each other");
        page.screenshot("design-player-message-error-desktop");
        browser.findElement(By.id("reflection-text")).sendKeys("Min træner Per.");
        page.submit("save-reflection", "reflection-saved");
        Map<String, Object> saved = page.messages();
        assertEquals("status", saved.get("role"), saved.toString());
        Map<?, ?> savedItem = (Map<?, ?>) ((List<?>) saved.get("items")).get(0);
        assertEquals("success", savedItem.get("kind"));
        assertEquals("Udført:", savedItem.get("word"));
        assertTrue(String.valueOf(savedItem.get("icon")).contains("svg"), "a tick");
        assertNotEquals(errorItem.get("icon"), savedItem.get("icon"), "each kind its own icon");
        assertNotEquals(errorItem.get("background"), savedItem.get("background"));
        assertEquals(0L, saved.get("nestedRegions"));
        page.size(390, 844);
        page.screenshot("design-player-message-success-phone");
        page.size(1280, 900);

        page.submit("next", "task-done").submit("task-done", "task-confirmed").submit("next", "upload-file");
        Path cv = Files.createTempFile("netvaerk", ".pdf");
        Files.write(cv, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("upload-file")).sendKeys(cv.toString());
        page.submit("upload", "uploaded-file");
        assertEquals("rgb(255, 255, 255)", page.style("upload", "color"));
        assertEquals(ACCENT, page.style("upload", "background-color"));
        page.submit("next", "completed");

        // The end: the points beside what made them.
        assertEquals("Dine point: 75 af 100", page.text("score"));
        assertEquals("3 af 4 rigtige første gang", page.text("quiz-result"));
        assertTrue(page.text("score-explained").contains("kun dit første svar på hvert spørgsmål tæller"), page.text("score-explained"));
        page.fullScreenshot("design-player-end-desktop");
        page.size(390, 844);
        assertEquals(Boolean.FALSE, page.script("return document.documentElement.scrollWidth > window.innerWidth;"));
        page.fullScreenshot("design-player-end-phone");
    }

    @Test
    void readAloudSaysPlainlyWhenThereIsNoVoiceAndMarksTheSentenceItReads() throws Exception {
        String play = placedModuleFor("student-ali", "da");
        PlayerLook page = new PlayerLook(browser).size(1280, 900).open(play + "&step=your-network", "next");

        // This machine's own speech engine: no Danish voice here, so the page says so and the button stays "Læs op".
        boolean danishVoice = Boolean.TRUE.equals(page.script(
                "return speechSynthesis.getVoices().some(v => v.lang.toLowerCase().indexOf('da') === 0);"));
        page.script("document.querySelector('[data-lpk-read-aloud]').click();");
        if (!danishVoice) {
            page.waitFor("return document.querySelector('.lpk-read-aloud-note').textContent.length > 0;");
            assertTrue(noteText(page).startsWith("Din enhed har ingen dansk stemme"), noteText(page));
            assertEquals("Læs op", buttonText(page));
            assertEquals("false", page.script("return document.querySelector('[data-lpk-read-aloud]').dataset.playing;"));
            page.screenshot("design-player-no-voice-desktop");
        }

        // An engine with an English voice only: still no Danish voice, still said plainly.
        installEngine(page, "en-GB");
        page.script("document.querySelector('[data-lpk-read-aloud]').click();");
        page.waitFor("return document.querySelector('.lpk-read-aloud-note').textContent.indexOf('ingen dansk stemme') >= 0;");
        assertEquals(0L, page.script("return window.lpkSpoken.length;"));

        // An engine with a Danish voice: one utterance per sentence, the sentence being read is marked.
        installEngine(page, "da-DK");
        page.script("document.querySelector('[data-lpk-read-aloud]').click();");
        page.waitFor("return window.lpkSpoken.length > 2;");
        assertEquals("", noteText(page), "the note is gone once it can read");
        assertEquals("Stop oplæsning", buttonText(page));
        page.script("window.lpkSpoken[0].onstart();");
        assertEquals("Du har et netværk", page.script("return CSS.highlights.get('lpk-reading').values().next().value.toString();"));
        assertEquals("da-DK", page.script("return window.lpkSpoken[0].lang;"));
        page.script("window.lpkSpoken[1].onstart(); window.lpkSpoken[1].onboundary({name: 'word', charIndex: 0, charLength: 0});");
        String second = (String) page.script("return window.lpkSpoken[1].text;");
        assertEquals(second, page.script("return CSS.highlights.get('lpk-reading').values().next().value.toString();"));
        assertEquals(second.split(" ")[0], page.script("return CSS.highlights.get('lpk-reading-word').values().next().value.toString();"));
        page.screenshot("design-player-reading-aloud-desktop");
        page.script("window.lpkSpoken.forEach(u => u.onend());");
        assertEquals("Læs op", buttonText(page), "the button is reset when the reading ends");
        assertEquals(0L, page.script("return CSS.highlights.size;"));

        // A failure half-way: the button is reset and the page says so.
        page.script("window.lpkSpoken.length = 0; document.querySelector('[data-lpk-read-aloud]').click();");
        page.waitFor("return window.lpkSpoken.length > 2;");
        page.script("window.lpkSpoken[0].onstart(); window.lpkSpoken[0].onerror({error: 'synthesis-failed'});");
        assertEquals("Læs op", buttonText(page));
        assertTrue(noteText(page).startsWith("Oplæsningen stoppede."), noteText(page));
    }

    @Test
    void anUploadOverTheServersLimitGetsTheSameMessageInTheFrameAsOneJustOverTheAppsLimit() throws Exception {
        String play = placedModuleFor("student-sofie", "da");
        PlayerLook page = new PlayerLook(browser).open(play + "&step=network-map", "upload-file");
        Path justOver = sparseFile("lige-over.pdf", 10L * 1024 * 1024 + 1);
        Path farOver = sparseFile("alt-for-stor.pdf", 40L * 1024 * 1024);

        // The browser refuses it before sending: the same words, right by the field.
        browser.findElement(By.id("upload-file")).sendKeys(farOver.toString());
        page.waitFor("return !document.getElementById('upload-error').hidden;");
        assertEquals(TOO_LARGE_DA, page.text("upload-error-text"));
        assertEquals("alert", page.attribute("upload-error", "role"));
        assertEquals("", page.script("return document.getElementById('upload-file').value;"));
        page.screenshot("design-player-upload-refused-desktop");

        // Without that check (a browser that ran no script), the server answers both with the same message: just over
        // the app's limit (read by Faces, refused by the player) and 40 MB (above the server's old 11 MB post limit,
        // which left the frame blank; now answered before it is read).
        for (Path file : new Path[] {justOver, farOver}) {
            page.script("document.getElementById('upload-file').removeAttribute('data-max-bytes');");
            browser.findElement(By.id("upload-file")).sendKeys(file.toString());
            try {
                page.submit("upload", "upload-file");
            } catch (RuntimeException e) {
                page.screenshot("design-debug-upload-" + file.getFileName());
                throw new AssertionError(file + ": " + page.script("return location.href + ' ' + document.documentElement.outerHTML;"), e);
            }
            Map<String, Object> messages = page.messages();
            assertEquals("alert", messages.get("role"), file + ": " + messages);
            Map<?, ?> item = (Map<?, ?>) ((List<?>) messages.get("items")).get(0);
            assertEquals(TOO_LARGE_DA, item.get("text"), file + ": " + messages);
            assertEquals("Fejl:", item.get("word"));
            assertTrue(((String) page.script("return location.search;")).contains("step=network-map"));
            assertEquals(null, page.text("uploaded-file"), "nothing was handed in");
        }
    }

    @Test
    void inEnglishTheQuizAndTheEndSayTheFirstAnswerCounts() throws Exception {
        String play = placedModuleFor("student-emma", "en");
        PlayerLook page = new PlayerLook(browser).open(play + "&step=check", "first-answer-counts");
        assertTrue(page.text("first-answer-counts").startsWith("Only your first answer counts."), page.text("first-answer-counts"));
        assertEquals("Read aloud: Check yourself", page.script("return document.querySelector('[data-lpk-read-aloud]').getAttribute('aria-label');"));
        installEngine(page, "da-DK");
        page.script("document.querySelector('[data-lpk-read-aloud]').click();");
        page.waitFor("return document.querySelector('.lpk-read-aloud-note').textContent.indexOf('no English voice') >= 0;");

        page.open(play + "&step=your-network", "next");
        try {
            new ModulePlayerFrame(browser).completeAnswering("b", "My coach Per.");
        } catch (AssertionError e) {
            page.screenshot("design-debug-english");
            throw new AssertionError(e.getMessage() + " at " + page.script("return location.href + ' ' + document.body.innerText;"), e);
        }
        assertEquals("Your points: 75 of 100", page.text("score"));
        assertEquals("3 of 4 right the first time", page.text("quiz-result"));
        assertTrue(page.text("score-explained").contains("only your first answer to each question counts"), page.text("score-explained"));
    }

    // ---- helpers

    /**
     * Launches the student in the demo LMS and returns the player's address for a new placement; the driver is left
     * in the LMS's iframe, where the tool's session lives.
     */
    private String placedModuleFor(String student, String language) throws Exception {
        DemoLmsPage lms = DemoLmsPage.open(browser, tool.lmsBase());
        browser.executeScript("document.getElementById('locale').value = arguments[0];", language);
        lms.launchAs(student).greeting();
        UUID placement = DemoPlacements.placeModule("networking", "Brug dit netværk");
        String home = (String) ((JavascriptExecutor) browser).executeScript("return location.href;");
        return tool.toolBase() + LaunchContextParam.with("/modules/play.xhtml?placement=" + placement, home);
    }

    /**
     * Stands in for the speech engine (headless Chromium here has no voices): it lists one voice of the given
     * language and keeps the utterances, so the test can play their events in order.
     */
    private static void installEngine(PlayerLook page, String voiceLanguage) {
        page.script("""
                window.lpkSpoken = [];
                var engine = {speaking: false, pending: false,
                  getVoices: function () { return [{lang: '%s', name: 'Test voice', voiceURI: 'test'}]; },
                  speak: function (u) { window.lpkSpoken.push(u); }, cancel: function () {},
                  addEventListener: function () {}, removeEventListener: function () {}};
                Object.defineProperty(window, 'speechSynthesis', {configurable: true, get: function () { return engine; }});
                document.querySelectorAll('.lpk-read-aloud-note').forEach(function (n) { n.textContent = ''; });"""
                .formatted(voiceLanguage));
    }

    private static String noteText(PlayerLook page) {
        return (String) page.script("return document.querySelector('.lpk-read-aloud-note').textContent.trim();");
    }

    private static String buttonText(PlayerLook page) {
        return (String) page.script("return document.querySelector('[data-lpk-read-aloud] .lpk-read-aloud-label').textContent.trim();");
    }

    /** A PDF of the given size: a real PDF header, the rest a hole in the file (no disk used). */
    private static Path sparseFile(String name, long size) throws Exception {
        Path file = Files.createTempDirectory("lpk-upload").resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(size);
        }
        return file;
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", "").trim());
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    /** WCAG contrast ratio of two CSS colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String color) {
        Matcher m = RGB.matcher(color);
        assertTrue(m.find(), color);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

}
